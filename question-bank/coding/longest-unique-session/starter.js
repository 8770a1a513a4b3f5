/**
 * @param {string[]} users the user id of every request, in order
 * @returns {number[]} [start, length] of the earliest longest run without a repeated user
 */
function longestUniqueRun(users) {
  // Your code here.
  return [0, 0];
}
