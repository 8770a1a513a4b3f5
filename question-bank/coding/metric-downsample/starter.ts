function downsample(
  times: number[],
  values: (number | null)[],
  fromMs: number,
  toMs: number,
  stepMs: number,
): [number, number | null, number | null, number | null, number][] {
  // Your code here.
  return [];
}
