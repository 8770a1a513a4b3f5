/**
 * One pass: for each request, look up the latency that would complete the target among the
 * requests already seen. Only the first index of each latency is stored, so the earliest
 * partner wins. O(n) time, O(n) space.
 */
export function findLatencyPair(latencies: number[], target: number): number[] {
  const firstIndexOf = new Map<number, number>();
  for (let j = 0; j < latencies.length; j++) {
    const latency = latencies[j] as number;
    const partner = firstIndexOf.get(target - latency);
    if (partner !== undefined) return [partner, j];
    if (!firstIndexOf.has(latency)) firstIndexOf.set(latency, j);
  }
  return [];
}
