/**
 * Sweep over sorted start and end times. At equal times the end is processed first, because a
 * job ending at t frees its slot for a job starting at t. O(n log n) time, O(n) space.
 */
export function minWorkers(jobs: number[][]): number {
  // Typed arrays sort numerically without a comparator call per comparison.
  const starts = Float64Array.from(jobs, (job) => job[0] as number).sort();
  const ends = Float64Array.from(jobs, (job) => job[1] as number).sort();
  let running = 0;
  let peak = 0;
  let e = 0;
  for (const start of starts) {
    while ((ends[e] as number) <= start) {
      running--;
      e++;
    }
    running++;
    peak = Math.max(peak, running);
  }
  return peak;
}
