/**
 * Sort by start, then sweep: a window that starts at or before the current end extends the
 * current block; otherwise it opens a new block. O(n log n) time for the sort, O(n) space.
 */
export function mergeWindows(windows: number[][]): number[][] {
  // Sorting a shallow copy leaves the caller's array alone; blocks are fresh arrays.
  const sorted = [...windows].sort((a, b) => (a[0] as number) - (b[0] as number));
  const merged: number[][] = [];
  for (const window of sorted) {
    const start = window[0] as number;
    const end = window[1] as number;
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= (last[1] as number)) {
      last[1] = Math.max(last[1] as number, end);
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}
