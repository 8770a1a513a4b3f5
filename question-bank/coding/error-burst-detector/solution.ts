/**
 * Two pointers over groups of equal timestamps: the window (t - windowMs, t] only moves forward,
 * so each error enters and leaves it once. Firing times are grouped into bursts by the gap to the
 * previous firing time. O(n).
 */
export function errorBursts(
  times: number[],
  windowMs: number,
  threshold: number,
  cooldownMs: number,
): [number, number, number][] {
  const bursts: [number, number, number][] = [];
  let current: [number, number, number] | null = null;
  let left = 0;
  let right = 0;
  while (right < times.length) {
    const t = times[right]!;
    while (right < times.length && times[right] === t) right++;
    while (times[left]! <= t - windowMs) left++;
    const count = right - left;
    if (count < threshold) continue;
    if (current !== null && t - current[1] <= cooldownMs) {
      current[1] = t;
      current[2] = Math.max(current[2], count);
    } else {
      current = [t, t, count];
      bursts.push(current);
    }
  }
  return bursts;
}
