/**
 * @param {string} template
 * @returns {number} -1 when every bracket is balanced, else the index of the first error
 */
function findBracketError(template) {
  // Your code here.
  return null;
}
