function mergeTimelines(primary: number[], replica: number[]): number[] {
  // Your code here.
  return [];
}
