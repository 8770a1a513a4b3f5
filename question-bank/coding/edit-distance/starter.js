/**
 * @param {string} before the line running on the host
 * @param {string} after the line in the repository
 * @returns {number} fewest single-character inserts, deletes or replacements
 */
function editDistance(before, after) {
  return null;
}
