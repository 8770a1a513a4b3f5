function slowestEndpoints(
  requests: [string, number][],
  minSamples: number,
  k: number,
): [string, number, number][] {
  // Your code here.
  return [];
}
