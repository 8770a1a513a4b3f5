/**
 * @param {string} stream one event per line: "side t key id"
 * @param {number} windowMs
 * @param {number} delayMs
 * @returns {{ pairs: [string, string][], dropped: number, maxStored: number }}
 */
function intervalJoin(stream, windowMs, delayMs) {
  // Your code here.
  return { pairs: [], dropped: 0, maxStored: 0 };
}
