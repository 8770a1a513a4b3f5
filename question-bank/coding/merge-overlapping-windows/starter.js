/**
 * @param {number[][]} windows [start, end] pairs, in any order
 * @returns {number[][]} merged windows, sorted by start
 */
function mergeWindows(windows) {
  // Your code here.
  return [];
}
