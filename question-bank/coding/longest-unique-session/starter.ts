function longestUniqueRun(users: string[]): number[] {
  // Your code here.
  return [0, 0];
}
