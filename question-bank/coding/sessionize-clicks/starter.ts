function sessionize(
  events: [string, number][],
  gapMs: number,
  maxDurationMs: number,
): [string, number, number, number][] {
  // Your code here.
  return [];
}
