/**
 * @param {number} periodStart Unix seconds, inclusive
 * @param {number} periodEnd Unix seconds, exclusive
 * @param {[number, number][]} outages half-open [start, end) intervals
 * @returns {string} uptime percentage with three decimals, truncated
 */
function uptimePercent(periodStart, periodEnd, outages) {
  // Your code here.
  return '100.000';
}
