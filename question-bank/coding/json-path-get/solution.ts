type Segment = { kind: 'name'; name: string } | { kind: 'index'; index: number } | { kind: 'all' };

const NAME = /[A-Za-z_][A-Za-z0-9_]*/y;
const INDEX = /(-?)(0|[1-9][0-9]*)\]/y;

/** Parses a path into segments, or returns null if it breaks any syntax rule. */
function parsePath(path: string): Segment[] | null {
  if (path[0] !== '$') return null;
  const segments: Segment[] = [];
  let i = 1;
  while (i < path.length) {
    if (path[i] === '.') {
      if (path[i + 1] === '*') {
        segments.push({ kind: 'all' });
        i += 2;
        continue;
      }
      NAME.lastIndex = i + 1;
      const m = NAME.exec(path);
      if (!m) return null;
      segments.push({ kind: 'name', name: m[0] });
      i = NAME.lastIndex;
    } else if (path[i] === '[') {
      const next = path[i + 1];
      if (next === '*') {
        if (path[i + 2] !== ']') return null;
        segments.push({ kind: 'all' });
        i += 3;
      } else if (next === "'" || next === '"') {
        let name = '';
        let j = i + 2;
        for (;;) {
          const c = path[j];
          if (c === undefined) return null;
          if (c === next) break;
          if (c === '\\') {
            const e = path[j + 1];
            if (e !== '\\' && e !== "'" && e !== '"') return null;
            name += e;
            j += 2;
          } else {
            name += c;
            j++;
          }
        }
        if (path[j + 1] !== ']') return null;
        segments.push({ kind: 'name', name });
        i = j + 2;
      } else {
        INDEX.lastIndex = i + 1;
        const m = INDEX.exec(path);
        if (!m || (m[1] === '-' && m[2] === '0')) return null;
        segments.push({ kind: 'index', index: Number(m[1]! + m[2]!) });
        i = INDEX.lastIndex;
      }
    } else {
      return null;
    }
  }
  return segments;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function apply(values: unknown[], segment: Segment): unknown[] {
  const out: unknown[] = [];
  for (const v of values) {
    if (segment.kind === 'name') {
      if (isObject(v) && Object.prototype.hasOwnProperty.call(v, segment.name)) {
        out.push(v[segment.name]);
      }
    } else if (segment.kind === 'index') {
      if (Array.isArray(v)) {
        const at = segment.index < 0 ? v.length + segment.index : segment.index;
        if (at >= 0 && at < v.length) out.push(v[at]);
      }
    } else if (Array.isArray(v)) {
      out.push(...v);
    } else if (isObject(v)) {
      // Code-unit order of names, not JavaScript's own-key order (integer-like keys first).
      for (const key of Object.keys(v).sort()) out.push(v[key]);
    }
  }
  return out;
}

/** Parses the record once, then parses and evaluates each path over a list of values. */
export function selectPaths(record: string, paths: string[]): (unknown[] | null)[] {
  const root: unknown = JSON.parse(record);
  return paths.map((path) => {
    const segments = parsePath(path);
    if (segments === null) return null;
    let values: unknown[] = [root];
    for (const segment of segments) values = apply(values, segment);
    return values;
  });
}
