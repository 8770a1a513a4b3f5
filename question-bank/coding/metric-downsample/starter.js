/**
 * @param {[number, number | null][]} points [t, value] samples, unordered
 * @param {number} fromMs
 * @param {number} toMs exclusive
 * @param {number} stepMs
 * @returns {[number, number | null, number | null, number | null, number][]}
 */
function downsample(points, fromMs, toMs, stepMs) {
  // Your code here.
  return [];
}
