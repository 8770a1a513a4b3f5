/**
 * @param {string[]} tags
 * @returns {string[]} the same tags, oldest first
 */
function sortReleaseTags(tags) {
  // Your code here.
  return tags;
}
