/**
 * @param {[string, number][]} events [user, t] pairs, unordered
 * @param {number} gapMs
 * @param {number} maxDurationMs
 * @returns {[string, number, number, number][]} [user, start, end, clicks], by start then user
 */
function sessionize(events, gapMs, maxDurationMs) {
  // Your code here.
  return [];
}
