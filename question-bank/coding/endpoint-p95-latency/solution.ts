const DIGITS = /^[0-9]+$/;

function routeOf(path: string): string {
  const q = path.indexOf('?');
  const bare = q === -1 ? path : path.slice(0, q);
  return bare
    .split('/')
    .map((segment) => (DIGITS.test(segment) ? ':id' : segment))
    .join('/');
}

/**
 * Groups latencies by normalised route in one pass, sorts each group once for its nearest-rank
 * p95, and ranks the routes that have enough samples. O(n log n).
 */
export function slowestEndpoints(
  requests: [string, number][],
  minSamples: number,
  k: number,
): [string, number, number][] {
  const byRoute = new Map<string, number[]>();
  for (const [path, latency] of requests) {
    const route = routeOf(path);
    const list = byRoute.get(route);
    if (list) list.push(latency);
    else byRoute.set(route, [latency]);
  }
  const ranked: [string, number, number][] = [];
  for (const [route, latencies] of byRoute) {
    const n = latencies.length;
    if (n < minSamples) continue;
    latencies.sort((a, b) => a - b);
    ranked.push([route, latencies[Math.ceil((95 * n) / 100) - 1] as number, n]);
  }
  ranked.sort((a, b) => b[1] - a[1] || b[2] - a[2] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return ranked.slice(0, k);
}
