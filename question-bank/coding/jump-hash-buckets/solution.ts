const MASK64 = (1n << 64n) - 1n;
const MULTIPLIER = 2862933555777941757n;
const TWO_31 = 2147483648;

/**
 * Walks the key's jump sequence once: the buckets 0 = b0 < b1 < ... that jump hash visits. The
 * key's bucket for n buckets is the last b_i below n, and growing from n to n + 1 moves the key
 * exactly when n is some b_i. O(log to) steps per key instead of one hash per bucket count.
 */
export function planGrowth(keys: string[], from: number, to: number): number[][] {
  return keys.map((text) => {
    let key = BigInt(text);
    let b = -1;
    let j = 0;
    let atFrom = 0;
    let atTo = 0;
    let moves = 0;
    while (j < to) {
      b = j;
      if (b < from) atFrom = b;
      atTo = b;
      if (b >= from) moves++;
      key = (key * MULTIPLIER + 1n) & MASK64;
      j = Math.floor((b + 1) * (TWO_31 / (Number(key >> 33n) + 1)));
    }
    return [atFrom, atTo, moves];
  });
}
