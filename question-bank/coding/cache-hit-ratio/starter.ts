function hitRatios(
  times: number[],
  statuses: string,
  queries: [number, number][],
): (number | null)[] {
  // Your code here.
  return queries.map(() => null);
}
