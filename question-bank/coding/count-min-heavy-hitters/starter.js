function fnv1a(key) {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

function column(key, r, width) {
  return (Math.imul(fnv1a(key) ^ Math.imul(r, 0x9e3779b9), 0x85ebca6b) >>> 0) % width;
}

/**
 * @param {string} stream keys separated by single spaces
 * @param {number} width
 * @param {number} depth
 * @param {number} k
 * @returns {[string, number][]} candidates as [key, storedEstimate], largest first
 */
function heavyHitters(stream, width, depth, k) {
  // Your code here.
  return [];
}
