type QueryValue = string | null;
type ParsedQuery = Record<string, QueryValue | QueryValue[]>;

// A maximal run of well-formed escapes. The run is valid UTF-8 by the problem's guarantee, so
// decodeURIComponent decodes it whole; a lone `%` never matches and stays literal.
const ESCAPE_RUN = /(?:%[0-9A-Fa-f]{2})+/g;

function decode(component: string): string {
  return component.replace(/\+/g, ' ').replace(ESCAPE_RUN, (run) => decodeURIComponent(run));
}

/**
 * Splits on `&`, then at the first `=`; decodes `+` before percent escapes. Values are collected
 * in a Map so keys such as `__proto__` or `constructor` are plain data, then copied into an
 * object without a prototype. O(length of the query).
 */
export function parseQuery(query: string): ParsedQuery {
  const collected = new Map<string, QueryValue[]>();
  const body = query.startsWith('?') ? query.slice(1) : query;
  for (const segment of body.split('&')) {
    if (segment === '') continue;
    const eq = segment.indexOf('=');
    const key = decode(eq === -1 ? segment : segment.slice(0, eq));
    if (key === '') continue;
    const value = eq === -1 ? null : decode(segment.slice(eq + 1));
    const values = collected.get(key);
    if (values === undefined) collected.set(key, [value]);
    else values.push(value);
  }
  const result = Object.create(null) as ParsedQuery;
  for (const [key, values] of collected) {
    result[key] = values.length === 1 ? (values[0] as QueryValue) : values;
  }
  return result;
}
