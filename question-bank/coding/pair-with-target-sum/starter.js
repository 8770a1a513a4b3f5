/**
 * @param {number[]} latencies
 * @param {number} target
 * @returns {number[]}
 */
function findLatencyPair(latencies, target) {
  // Your code here.
  return null;
}
