type Change = [number, 'fire' | 'clear'];

/**
 * One pass with a running sum over the last k non-null samples; comparisons are done in integers
 * (`sum > high * k`) so no rounding can move a threshold.
 */
export function latencyAlerts(
  samples: (number | null)[],
  k: number,
  high: number,
  low: number,
): Change[] {
  const window: number[] = [];
  let sum = 0;
  let firing = false;
  const changes: Change[] = [];
  samples.forEach((sample, index) => {
    if (sample === null) return;
    window.push(sample);
    sum += sample;
    if (window.length > k) sum -= window[window.length - 1 - k]!;
    if (window.length < k) return;
    if (!firing && sum > high * k) {
      firing = true;
      changes.push([index, 'fire']);
    } else if (firing && sum < low * k) {
      firing = false;
      changes.push([index, 'clear']);
    }
  });
  return changes;
}
