/**
 * @param {Record<string, string[]>} deps package -> the packages it depends on
 * @returns {string[]} the lexicographically smallest valid build order, or [] on a cycle
 */
function buildOrder(deps) {
  // Your code here.
  return [];
}
