const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function trimOws(text: string): string {
  return text.replace(/^[ \t]+|[ \t]+$/g, '');
}

/**
 * One pass builds name -> occurrences (each occurrence a list of non-empty pieces, so folded
 * continuations join with single spaces); each query is then one map lookup.
 */
export function lookupHeaders(lines: string[], names: string[]): (string | null)[] {
  const occurrences = new Map<string, string[][]>();
  // The occurrence the line directly above produced, or null if that line was ignored.
  let current: string[] | null = null;
  for (const line of lines) {
    if (line.startsWith(' ') || line.startsWith('\t')) {
      const piece = trimOws(line);
      if (current !== null && piece !== '') current.push(piece);
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon === -1 ? '' : line.slice(0, colon);
    if (!TOKEN.test(name)) {
      current = null;
      continue;
    }
    const value = trimOws(line.slice(colon + 1));
    current = value === '' ? [] : [value];
    const key = name.toLowerCase();
    const list = occurrences.get(key);
    if (list === undefined) occurrences.set(key, [current]);
    else list.push(current);
  }
  // Combined once per name: a header repeated many times and asked many times stays linear.
  const combined = new Map<string, string>();
  for (const [key, list] of occurrences) {
    const values = list.map((pieces) => pieces.join(' ')).filter((value) => value !== '');
    combined.set(key, values.join(key === 'set-cookie' ? '\n' : ', '));
  }
  return names.map((name) => combined.get(name.toLowerCase()) ?? null);
}
