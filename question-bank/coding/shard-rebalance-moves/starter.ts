function rebalance(
  shards: Record<string, number[]>,
  nodes: string[],
  draining: string[],
): [number, string, string][] {
  // Your code here.
  return [];
}
