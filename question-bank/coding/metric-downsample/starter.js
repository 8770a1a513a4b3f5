/**
 * @param {number[]} times sample times, unordered
 * @param {(number | null)[]} values the sample at the same index
 * @param {number} fromMs
 * @param {number} toMs exclusive
 * @param {number} stepMs
 * @returns {[number, number | null, number | null, number | null, number][]}
 */
function downsample(times, values, fromMs, toMs, stepMs) {
  // Your code here.
  return [];
}
