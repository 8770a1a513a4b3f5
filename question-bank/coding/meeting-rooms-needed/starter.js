/**
 * @param {number[][]} jobs [start, end) pairs
 * @returns {number} the smallest number of worker slots that runs every job on time
 */
function minWorkers(jobs) {
  // Your code here.
  return 0;
}
