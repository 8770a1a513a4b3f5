/**
 * Sorts once (numerically, in a typed array), then answers each percentile by its nearest rank.
 * The rank is computed in integer thousandths of a percent so that no binary fraction such as
 * 0.07 ever enters it. O(n log n + |ps|).
 */
export function percentiles(latencies: number[], ps: number[]): (number | null)[] {
  const n = latencies.length;
  if (n === 0) return ps.map(() => null);
  const sorted = Float64Array.from(latencies).sort();
  return ps.map((p) => {
    const thousandths = Math.round(p * 1000);
    const rank = Math.floor((thousandths * n + 99999) / 100000);
    return sorted[rank - 1] as number;
  });
}
