/**
 * @param {string} stream one event per line: "t key value", in arrival order
 * @param {number} sizeMs
 * @param {number} maxDelayMs
 * @param {number} allowedLatenessMs
 * @returns {{ emitted: [string, string, number, number][], dropped: number }}
 */
function windowedSums(stream, sizeMs, maxDelayMs, allowedLatenessMs) {
  // Your code here.
  return { emitted: [], dropped: 0 };
}
