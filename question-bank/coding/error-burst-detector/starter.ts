function errorBursts(
  times: number[],
  windowMs: number,
  threshold: number,
  cooldownMs: number,
): [number, number, number][] {
  // Your code here.
  return [];
}
