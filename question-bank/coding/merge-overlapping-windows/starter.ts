function mergeWindows(windows: number[][]): number[][] {
  // Your code here.
  return [];
}
