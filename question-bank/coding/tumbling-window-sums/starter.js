/**
 * @param {[string, number, number][]} records [customer, t, units]
 * @param {number} sizeMs
 * @param {number} offsetMs
 * @returns {[string, number, number, number][]} [customer, windowStart, sum, count]
 */
function windowSums(records, sizeMs, offsetMs) {
  // Your code here.
  return [];
}
