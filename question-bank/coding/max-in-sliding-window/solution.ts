export function windowPeaks(readings: number[], k: number): number[] {
  const peaks: number[] = [];
  if (k > readings.length) return peaks;
  // Indices whose readings strictly decrease from head to tail.
  const deque = new Int32Array(readings.length);
  let head = 0;
  let tail = 0;
  for (let i = 0; i < readings.length; i++) {
    const value = readings[i] ?? 0;
    while (tail > head && (readings[deque[tail - 1] ?? 0] ?? 0) <= value) tail--;
    deque[tail++] = i;
    if ((deque[head] ?? 0) <= i - k) head++;
    if (i >= k - 1) peaks.push(readings[deque[head] ?? 0] ?? 0);
  }
  return peaks;
}
