function compareEvents(events: string[], queries: number[][]): string[] {
  // Your code here.
  return queries.map(() => 'concurrent');
}
