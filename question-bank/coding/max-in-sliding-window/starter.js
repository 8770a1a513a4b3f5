/**
 * @param {number[]} readings CPU samples relative to the baseline
 * @param {number} k window length
 * @returns {number[]} the maximum of every full window, in order
 */
function windowPeaks(readings, k) {
  return [];
}
