function parseCsv(text: string): { records: string[][] } | { errorAt: number } {
  // Your code here.
  return { records: [] };
}
