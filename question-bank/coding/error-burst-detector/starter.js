/**
 * @param {number[]} times error timestamps, sorted non-decreasing
 * @param {number} windowMs
 * @param {number} threshold
 * @param {number} cooldownMs
 * @returns {[number, number, number][]} bursts as [start, end, peak]
 */
function errorBursts(times, windowMs, threshold, cooldownMs) {
  // Your code here.
  return [];
}
