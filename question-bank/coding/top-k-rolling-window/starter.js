class TrendingKeys {
  /** @param {number} windowMs @param {number} k */
  constructor(windowMs, k) {
    this.windowMs = windowMs;
    this.k = k;
  }

  /** @param {number} t @param {string} keys space-separated keys, one hit each */
  hit(t, keys) {
    return null;
  }

  /** @param {number} t @returns {string[]} up to k keys, most hits first */
  top(t) {
    return [];
  }
}
