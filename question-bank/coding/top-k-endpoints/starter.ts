function topEndpoints(requests: string[], k: number): string[] {
  // Your code here.
  return [];
}
