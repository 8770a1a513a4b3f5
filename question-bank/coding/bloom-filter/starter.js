class DedupeFilter {
  /**
   * @param {number} m bits per generation
   * @param {number} k positions per key
   * @param {number} windowMs length of a generation
   */
  constructor(m, k, windowMs) {
    this.m = m;
    this.k = k;
    this.windowMs = windowMs;
  }

  /** @returns {boolean} true when the key is probably a duplicate */
  check(key, now) {
    return false;
  }

  /** @returns {number} set bits in the current generation */
  bitsSet(now) {
    return 0;
  }
}
