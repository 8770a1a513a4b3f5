/**
 * @param {string} log raw access log, one request per line
 * @returns {{ malformed: number, classes: Record<string, { requests: number, routes: number }> }}
 */
function statusHistogram(log) {
  // Your code here.
  return null;
}
