/**
 * @param {string} log raw log text
 * @returns {{ skipped: number, levels: Record<string, { count: number, peakMinute: string, peakCount: number }> }}
 */
function levelCounts(log) {
  // Your code here.
  return { skipped: 0, levels: {} };
}
