function uptimePercent(
  periodStart: number,
  periodEnd: number,
  outages: [number, number][],
): string {
  // Your code here.
  return '100.000';
}
