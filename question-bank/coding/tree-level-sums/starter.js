/**
 * @param {(number | null)[]} tree the call tree in level order, null for a missing child
 * @returns {number[]} the sum of the values at each depth, root first
 */
function levelSums(tree) {
  return [];
}
