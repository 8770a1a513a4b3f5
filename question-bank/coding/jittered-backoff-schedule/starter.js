/**
 * @param {number[]} starts time of each client's first attempt
 * @param {number[]} failures how many times each client fails (and retries)
 * @param {number} baseMs
 * @param {number} capMs
 * @param {number} windowMs
 * @param {number} seed
 * @returns {[number, number, number | null, number | null]} [total retries, most retries in a
 *   window, its start, the last retry's time]
 */
function retryHerd(starts, failures, baseMs, capMs, windowMs, seed) {
  // Your code here.
  return [0, 0, null, null];
}
