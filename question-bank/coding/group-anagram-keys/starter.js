/**
 * @param {string[]} keys cache keys
 * @returns {string[][]} groups of keys made of the same characters; keys inside a group keep
 *   their input order, the groups may come in any order
 */
function groupAnagramKeys(keys) {
  // Your code here.
  return [];
}
