class LFUCache {
  /** @param {number} capacity */
  constructor(capacity) {
    this.capacity = capacity;
  }

  /** @returns {unknown} the value, or null on a miss */
  get(key) {
    return null;
  }

  /** @returns {string | null} the evicted key, or null */
  put(key, value) {
    return null;
  }

  /** @returns {number} the key's use count, 0 if not cached */
  frequency(key) {
    return 0;
  }
}
