const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
const STATUS = /^[1-5][0-9][0-9]$/;
const DURATION = /^[0-9]+$/;

interface ClassSummary {
  requests: number;
  routes: number;
}

interface StatusReport {
  malformed: number;
  classes: Record<string, ClassSummary>;
}

/** Returns `[route, statusClass]` for a valid line, or null for a malformed one. */
function parseLine(line: string): [string, string] | null {
  const fields = line.split(' ');
  if (fields.length !== 4) return null;
  const [method, path, status, duration] = fields as [string, string, string, string];
  if (!METHODS.has(method) || !path.startsWith('/')) return null;
  if (!STATUS.test(status) || !DURATION.test(duration)) return null;
  const query = path.indexOf('?');
  return [query === -1 ? path : path.slice(0, query), `${status[0]}xx`];
}

/**
 * One pass: a request counter and a set of distinct routes per status class.
 * O(total length of the log) with hashing.
 */
export function statusHistogram(log: string): StatusReport {
  const requests = new Map<string, number>();
  const routes = new Map<string, Set<string>>();
  let malformed = 0;
  for (const rawLine of log.split('\n')) {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line === '') continue;
    const parsed = parseLine(line);
    if (parsed === null) {
      malformed++;
      continue;
    }
    const [route, statusClass] = parsed;
    requests.set(statusClass, (requests.get(statusClass) ?? 0) + 1);
    let seen = routes.get(statusClass);
    if (seen === undefined) routes.set(statusClass, (seen = new Set()));
    seen.add(route);
  }
  const classes: Record<string, ClassSummary> = {};
  for (const [statusClass, count] of requests) {
    classes[statusClass] = { requests: count, routes: routes.get(statusClass)?.size ?? 0 };
  }
  return { malformed, classes };
}
