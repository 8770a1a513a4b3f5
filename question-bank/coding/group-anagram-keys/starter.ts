function groupAnagramKeys(keys: string[]): string[][] {
  // Your code here.
  return [];
}
