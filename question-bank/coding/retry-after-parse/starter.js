/**
 * @param {[string, string][]} responses [host, raw Retry-After value]
 * @param {number} nowMs current time, ms since the Unix epoch
 * @returns {[string, number | null][]} per host (first-seen order) the longest valid delay in
 *   whole seconds, or null
 */
function hostPauses(responses, nowMs) {
  // Your code here.
  return [];
}
