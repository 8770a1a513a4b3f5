function findLatencyPair(latencies: number[], target: number): number[] {
  // Your code here.
  throw new Error('Not implemented');
}
