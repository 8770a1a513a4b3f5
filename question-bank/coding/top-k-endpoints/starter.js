/**
 * @param {string[]} requests the endpoint of every request, in arrival order
 * @param {number} k how many endpoints to report
 * @returns {string[]} the k busiest endpoints, busiest first
 */
function topEndpoints(requests, k) {
  // Your code here.
  return [];
}
