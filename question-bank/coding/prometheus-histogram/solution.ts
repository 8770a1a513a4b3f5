/**
 * Sums buckets by numeric bound, sorts them, makes the counts monotonic, then answers each
 * quantile with a lower-bound binary search and linear interpolation inside the bucket found.
 * O(B log B + |qs| log B) for B buckets.
 */
export function histogramQuantiles(series: [string, number][][], qs: number[]): (number | null)[] {
  const sums = new Map<number, number>();
  for (const instance of series) {
    for (const [le, count] of instance) {
      const bound = le === '+Inf' ? Infinity : Number(le);
      sums.set(bound, (sums.get(bound) ?? 0) + count);
    }
  }
  const buckets = [...sums].sort((a, b) => a[0] - b[0]);
  const n = buckets.length;
  if (n < 2 || buckets[n - 1]![0] !== Infinity) return qs.map(() => null);
  const bounds = buckets.map((b) => b[0]);
  const counts = buckets.map((b) => b[1]);
  for (let i = 1; i < n; i++) counts[i] = Math.max(counts[i]!, counts[i - 1]!);
  const total = counts[n - 1]!;
  if (total === 0) return qs.map(() => null);
  return qs.map((q) => {
    const rank = q * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (counts[mid]! >= rank) hi = mid;
      else lo = mid + 1;
    }
    if (lo === n - 1) return bounds[n - 2]!;
    if (lo === 0 && bounds[0]! <= 0) return bounds[0]!;
    const lower = lo === 0 ? 0 : bounds[lo - 1]!;
    const below = lo === 0 ? 0 : counts[lo - 1]!;
    return lower + ((bounds[lo]! - lower) * (rank - below)) / (counts[lo]! - below);
  });
}
