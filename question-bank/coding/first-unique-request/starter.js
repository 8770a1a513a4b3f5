/**
 * @param {number[]} ids request ids in arrival order
 * @returns {number} the first id that occurs exactly once, or -1
 */
function firstUniqueRequest(ids) {
  // Your code here.
  return null;
}
