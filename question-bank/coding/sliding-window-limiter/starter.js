class SlidingWindowLimiter {
  /**
   * @param {number} limit accepted requests allowed per window
   * @param {number} windowMs window length in milliseconds
   */
  constructor(limit, windowMs) {
    this.limit = limit;
    this.windowMs = windowMs;
  }

  /** @returns {boolean} true if accepted (and recorded) */
  allow(clientId, now) {
    return true;
  }

  /** @returns {number} accepted requests in (now - windowMs, now] */
  count(clientId, now) {
    return 0;
  }
}
