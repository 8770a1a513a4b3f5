/**
 * @param {string} path the logged path with its separators stripped
 * @param {string[]} segments known route segments (may repeat)
 * @returns {number} the number of ways to split path into known segments, modulo 1e9+7
 */
function countSplits(path, segments) {
  return null;
}
