/**
 * @param {number} cirPerMs committed information rate: tokens (bytes) per ms
 * @param {number} cbs committed burst size
 * @param {number} ebs excess burst size
 * @param {[number, number, number][]} packets [time, flow, size], times non-decreasing
 * @returns {string} one letter per packet: G, Y or R
 */
function colorPackets(cirPerMs, cbs, ebs, packets) {
  // Your code here.
  return packets.map(() => 'G').join('');
}
