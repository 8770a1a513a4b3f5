function percentiles(latencies: number[], ps: number[]): (number | null)[] {
  // Your code here.
  return [];
}
