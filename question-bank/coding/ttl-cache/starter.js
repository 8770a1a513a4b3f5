class TTLCache {
  /** @param {[string, unknown, number][]} snapshot `[key, value, expiresAt]` entries to start from */
  constructor(snapshot = []) {}

  /** @returns {boolean} true if a live entry was replaced */
  set(key, value, ttlMs, now) {
    return false;
  }

  /** @returns {unknown} the live value, or null */
  get(key, now) {
    return null;
  }

  /** @returns {boolean} true if a live entry was removed */
  delete(key, now) {
    return false;
  }

  /** @returns {number} live entries at `now` */
  size(now) {
    return 0;
  }
}
