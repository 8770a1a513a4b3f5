function dedupeSorted(events: number[]): number[] {
  // Your code here.
  return events;
}
