/**
 * Clips outages to the period, merges them with one sort and one sweep, and formats the uptime
 * from an exact integer count of thousandths of a percent, truncated. O(n log n).
 */
export function uptimePercent(
  periodStart: number,
  periodEnd: number,
  outages: [number, number][],
): string {
  const clipped: [number, number][] = [];
  for (const [start, end] of outages) {
    const s = Math.max(start, periodStart);
    const e = Math.min(end, periodEnd);
    if (s < e) clipped.push([s, e]);
  }
  clipped.sort((a, b) => a[0] - b[0]);
  let down = 0;
  let blockStart = 0;
  let blockEnd = -Infinity;
  for (const [s, e] of clipped) {
    if (s > blockEnd) {
      if (blockEnd > -Infinity) down += blockEnd - blockStart;
      blockStart = s;
      blockEnd = e;
    } else if (e > blockEnd) {
      blockEnd = e;
    }
  }
  if (blockEnd > -Infinity) down += blockEnd - blockStart;
  const total = periodEnd - periodStart;
  // Thousandths of a percent; (total - down) * 100000 <= 4e14 < 2^53, so the division is exact.
  const thousandths = Math.floor(((total - down) * 100000) / total);
  return `${Math.floor(thousandths / 1000)}.${String(thousandths % 1000).padStart(3, '0')}`;
}
