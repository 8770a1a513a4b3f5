/** First index i with times[i] > value (or >= value when `strict` is false). */
function bound(times: number[], value: number, strict: boolean): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const before = strict ? times[mid]! <= value : times[mid]! < value;
    if (before) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Prefix counts of hits and misses, then two binary searches per query: O((n + q) log n). */
export function hitRatios(
  times: number[],
  statuses: string,
  queries: [number, number][],
): (number | null)[] {
  const hits = [0];
  const misses = [0];
  for (let i = 0; i < times.length; i++) {
    const status = statuses[i];
    hits.push(hits[i]! + (status === 'H' || status === 'S' ? 1 : 0));
    misses.push(misses[i]! + (status === 'M' || status === 'E' ? 1 : 0));
  }
  return queries.map(([from, to]) => {
    const start = bound(times, from, false);
    const end = bound(times, to, true);
    const h = hits[end]! - hits[start]!;
    const m = misses[end]! - misses[start]!;
    return h + m === 0 ? null : h / (h + m);
  });
}
