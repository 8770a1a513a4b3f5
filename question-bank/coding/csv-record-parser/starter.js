/**
 * @param {string} text
 * @returns {{ records: string[][] } | { errorAt: number }}
 */
function parseCsv(text) {
  // Your code here.
  return { records: [] };
}
