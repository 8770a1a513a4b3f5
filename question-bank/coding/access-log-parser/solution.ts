type Entry = [string, string | null, string | null, number, number, string] | null;

const HEAD =
  /^([^ "]+) ([^ "]+) ([^ "]+) \[\d\d\/(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\/\d{4}:\d\d:\d\d:\d\d [+-]\d{4}\] /;
const STATUS_BYTES = /^ ([1-5]\d\d) (-|\d+) /y;
const REQUEST = /^([A-Z]+) ([^ ]+) ([^ ]+)$/;

/** Reads a quoted string starting at `i`; returns [value, index after the closing quote]. */
function readQuoted(line: string, i: number): [string, number] | null {
  if (line[i] !== '"') return null;
  let value = '';
  let j = i + 1;
  for (;;) {
    const c = line[j];
    if (c === undefined) return null;
    if (c === '"') return [value, j + 1];
    if (c === '\\') {
      if (j + 1 >= line.length) return null;
      value += line[j + 1];
      j += 2;
    } else {
      value += c;
      j++;
    }
  }
}

function parseLine(line: string): Entry {
  const head = HEAD.exec(line);
  if (!head) return null;
  const request = readQuoted(line, head[0].length);
  if (!request) return null;
  STATUS_BYTES.lastIndex = 0;
  const rest = line.slice(request[1]);
  const sb = STATUS_BYTES.exec(rest);
  if (!sb) return null;
  const referer = readQuoted(line, request[1] + sb[0].length);
  if (!referer || line[referer[1]] !== ' ') return null;
  const agent = readQuoted(line, referer[1] + 1);
  if (!agent || agent[1] !== line.length) return null;
  const parts = REQUEST.exec(request[0]);
  const bytes = sb[2] === '-' ? 0 : Number(sb[2]);
  return [
    head[1]!,
    parts ? parts[1]! : null,
    parts ? parts[2]! : null,
    Number(sb[1]),
    bytes,
    agent[0],
  ];
}

/**
 * Anchored patterns for the fixed-shape fields and a hand-written reader for quoted strings, so
 * every character is read once and no pattern can backtrack on attacker-controlled text.
 */
export function parseAccessLog(log: string): Entry[] {
  const out: Entry[] = [];
  for (const raw of log.split('\n')) {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    if (line !== '') out.push(parseLine(line));
  }
  return out;
}
