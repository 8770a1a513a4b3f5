class LRUCache {
  /** @param {number} capacity */
  constructor(capacity) {
    this.capacity = capacity;
  }

  /** @param {string} key @returns {unknown} the cached value, or null */
  get(key) {
    return null;
  }

  /** @returns {string | null} the evicted key, or null */
  put(key, value) {
    return null;
  }

  /** @returns {string[]} keys from most to least recently used */
  keys() {
    return [];
  }
}
