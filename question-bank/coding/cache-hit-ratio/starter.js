/**
 * @param {number[]} times second of each request, non-decreasing
 * @param {string} statuses one letter per request: H, S, M, E or B
 * @param {[number, number][]} queries inclusive ranges [from, to]
 * @returns {(number | null)[]} hits / (hits + misses) per query, or null
 */
function hitRatios(times, statuses, queries) {
  // Your code here.
  return queries.map(() => null);
}
