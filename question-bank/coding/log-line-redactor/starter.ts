function redactLines(lines: string[]): { lines: string[]; counts: number[] } {
  // Your code here.
  return { lines, counts: [0, 0, 0] };
}
