/**
 * @param {[string, number][]} requests [path, latencyMs] pairs
 * @param {number} minSamples
 * @param {number} k
 * @returns {[string, number, number][]} [route, p95, count], slowest first
 */
function slowestEndpoints(requests, minSamples, k) {
  // Your code here.
  return [];
}
