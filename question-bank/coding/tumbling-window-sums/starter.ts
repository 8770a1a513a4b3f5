function windowSums(
  records: [string, number, number][],
  sizeMs: number,
  offsetMs: number,
): [string, number, number, number][] {
  // Your code here.
  return [];
}
