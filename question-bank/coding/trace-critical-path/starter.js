/**
 * @param {[string, string | null, number, number][]} spans [id, parentId, start, end]
 * @returns {[string, number][]} [id, time on the critical path], largest first
 */
function criticalPath(spans) {
  // Your code here.
  return [];
}
