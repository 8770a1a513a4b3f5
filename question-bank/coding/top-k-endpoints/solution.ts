/**
 * Count with a map, then sort the distinct endpoints by count (descending) and name (ascending,
 * by UTF-16 code units). O(n + u log u) for n requests and u distinct endpoints.
 */
export function topEndpoints(requests: string[], k: number): string[] {
  const counts = new Map<string, number>();
  for (const endpoint of requests) counts.set(endpoint, (counts.get(endpoint) ?? 0) + 1);
  return [...counts.entries()]
    .sort(([a, countA], [b, countB]) => countB - countA || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, k)
    .map(([endpoint]) => endpoint);
}
