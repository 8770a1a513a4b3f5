function selectPaths(record: string, paths: string[]): (unknown[] | null)[] {
  // Your code here.
  return paths.map(() => null);
}
