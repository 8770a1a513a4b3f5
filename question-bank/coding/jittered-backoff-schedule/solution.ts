/**
 * Generates every retry time with the exact generator and jitter rule, sorts them, and slides a
 * two-pointer window over the sorted times: O(R log R) for R retries.
 */
export function retryHerd(
  starts: number[],
  failures: number[],
  baseMs: number,
  capMs: number,
  windowMs: number,
  seed: number,
): [number, number, number | null, number | null] {
  let state = seed >>> 0;
  const next = (): number => {
    state ^= state << 13;
    state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    return state;
  };
  const times: number[] = [];
  starts.forEach((start, client) => {
    let t = start;
    let previous = baseMs;
    for (let k = 0; k < failures[client]!; k++) {
      previous = Math.min(capMs, baseMs + (next() % (3 * previous - baseMs + 1)));
      t += previous;
      times.push(t);
    }
  });
  if (times.length === 0) return [0, 0, null, null];
  times.sort((a, b) => a - b);
  let best = 0;
  let bestStart = times[0]!;
  let end = 0;
  for (let i = 0; i < times.length; i++) {
    if (i > 0 && times[i] === times[i - 1]) continue;
    while (end < times.length && times[end]! < times[i]! + windowMs) end++;
    if (end - i > best) {
      best = end - i;
      bestStart = times[i]!;
    }
  }
  return [times.length, best, bestStart, times[times.length - 1]!];
}
