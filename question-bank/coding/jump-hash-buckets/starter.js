/**
 * @param {string[]} keys unsigned 64-bit keys in decimal
 * @param {number} from current shard count
 * @param {number} to target shard count
 * @returns {number[][]} [shard at from, shard at to, moves] per key
 */
function planGrowth(keys, from, to) {
  // Your code here.
  return keys.map(() => [0, 0, 0]);
}
