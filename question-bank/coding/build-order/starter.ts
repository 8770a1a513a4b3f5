function buildOrder(deps: Record<string, string[]>): string[] {
  // Your code here.
  return [];
}
