/**
 * Sort by start, then sweep: a window that starts at or before the current end extends the
 * current block; otherwise it opens a new block. O(n log n) time for the sort, O(n) space.
 */
export function mergeWindows(windows: number[][]): number[][] {
  const sorted = windows.map((w) => [w[0] as number, w[1] as number]).sort((a, b) => a[0]! - b[0]!);
  const merged: number[][] = [];
  for (const [start, end] of sorted as [number, number][]) {
    const last = merged[merged.length - 1];
    if (last !== undefined && start <= (last[1] as number)) {
      last[1] = Math.max(last[1] as number, end);
    } else {
      merged.push([start, end]);
    }
  }
  return merged;
}
