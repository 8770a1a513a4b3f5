function planGrowth(keys: string[], from: number, to: number): number[][] {
  // Your code here.
  return keys.map(() => [0, 0, 0]);
}
