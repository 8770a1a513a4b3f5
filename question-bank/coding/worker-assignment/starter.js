/**
 * @param {number} k number of workers
 * @param {number[][]} jobs [arrival, duration] per build
 * @returns {{ jobsPerWorker: number[], totalWait: number }}
 */
function assignWorkers(k, jobs) {
  // Your code here.
  return { jobsPerWorker: new Array(k).fill(0), totalWait: 0 };
}
