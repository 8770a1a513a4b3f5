/**
 * @param {number[]} latencies whole milliseconds, unsorted
 * @param {number[]} ps percentiles, 0 < p <= 100
 * @returns {(number | null)[]} one nearest-rank percentile per p
 */
function percentiles(latencies, ps) {
  // Your code here.
  return [];
}
