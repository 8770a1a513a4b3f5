/**
 * @param {string[]} floor rows of '.' (open) and '#' (rack)
 * @param {number[]} start [row, col]
 * @param {number[]} target [row, col]
 * @returns {number} fewest steps, or -1 if unreachable
 */
function shortestRoute(floor, start, target) {
  return null;
}
