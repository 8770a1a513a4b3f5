/**
 * @param {[string, number][]} events [id, t], t non-decreasing
 * @param {number} windowMs
 * @param {number} capacity
 * @returns {{ dropped: number[], evictions: number }}
 */
function dedupeDeliveries(events, windowMs, capacity) {
  // Your code here.
  return { dropped: [], evictions: 0 };
}
