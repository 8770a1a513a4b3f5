function retryHerd(
  starts: number[],
  failures: number[],
  baseMs: number,
  capMs: number,
  windowMs: number,
  seed: number,
): [number, number, number | null, number | null] {
  // Your code here.
  return [0, 0, null, null];
}
