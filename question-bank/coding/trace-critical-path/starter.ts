function criticalPath(spans: [string, string | null, number, number][]): [string, number][] {
  // Your code here.
  return [];
}
