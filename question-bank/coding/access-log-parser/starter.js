/**
 * @param {string} log raw combined-format access log
 * @returns {([string, string | null, string | null, number, number, string] | null)[]}
 */
function parseAccessLog(log) {
  // Your code here.
  return [];
}
