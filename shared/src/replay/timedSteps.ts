/** A value that holds from `at` until the next step. */
export interface TimedStep<T> {
  at: number;
  value: T;
}

/** How many of `items` (ascending by `at`) are at or before `at`. */
export function countAtOrBefore(items: readonly { at: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (items[mid]!.at <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The value of the last step at or before `at`, or `initial` before the first. */
export function stepAt<T>(steps: readonly TimedStep<T>[], at: number, initial: T): T {
  const count = countAtOrBefore(steps, at);
  return count === 0 ? initial : steps[count - 1]!.value;
}
