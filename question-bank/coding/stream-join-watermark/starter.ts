function intervalJoin(
  stream: string,
  windowMs: number,
  delayMs: number,
): { pairs: [string, string][]; dropped: number; maxStored: number } {
  // Your code here.
  return { pairs: [], dropped: 0, maxStored: 0 };
}
