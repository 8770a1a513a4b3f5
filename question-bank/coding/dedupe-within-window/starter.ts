function dedupeDeliveries(
  events: [string, number][],
  windowMs: number,
  capacity: number,
): { dropped: number[]; evictions: number } {
  // Your code here.
  return { dropped: [], evictions: 0 };
}
