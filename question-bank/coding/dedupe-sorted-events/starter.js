/**
 * @param {number[]} events event timestamps, sorted in non-decreasing order
 * @returns {number[]} each distinct timestamp once, in order
 */
function dedupeSorted(events) {
  // Your code here.
  return events;
}
