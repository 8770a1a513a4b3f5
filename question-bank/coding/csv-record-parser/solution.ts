type Result = { records: string[][] } | { errorAt: number };

/** True when a terminator (`\n` or `\r\n`) starts at index i. */
function terminatorAt(text: string, i: number): boolean {
  const c = text[i];
  return c === '\n' || (c === '\r' && text[i + 1] === '\n');
}

/**
 * An index-based state machine: one field at a time, quoted runs found with indexOf, so the
 * whole text is read once. Returns the index of the first offending character on bad input.
 */
export function parseCsv(text: string): Result {
  const records: string[][] = [];
  const n = text.length;
  if (n === 0) return { records };
  let record: string[] = [];
  let i = 0;
  for (;;) {
    if (text[i] === '"') {
      let value = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) return { errorAt: n };
        value += text.slice(from, quote);
        if (text[quote + 1] === '"') {
          value += '"';
          from = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      if (i < n && text[i] !== ',' && !terminatorAt(text, i)) return { errorAt: i };
      record.push(value);
    } else {
      let j = i;
      while (j < n && text[j] !== ',' && !terminatorAt(text, j)) {
        if (text[j] === '"') return { errorAt: j };
        j++;
      }
      record.push(text.slice(i, j));
      i = j;
    }
    if (i === n) {
      records.push(record);
      return { records };
    }
    if (text[i] === ',') {
      i++;
      continue;
    }
    i += text[i] === '\r' ? 2 : 1;
    records.push(record);
    record = [];
    // One terminator at the very end is swallowed: no empty record after it.
    if (i === n) return { records };
  }
}
