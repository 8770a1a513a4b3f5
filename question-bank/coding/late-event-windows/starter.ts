function windowedSums(
  stream: string,
  sizeMs: number,
  maxDelayMs: number,
  allowedLatenessMs: number,
): { emitted: ['fire' | 'retract', string, number, number][]; dropped: number } {
  // Your code here.
  return { emitted: [], dropped: 0 };
}
