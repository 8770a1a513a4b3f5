class TokenBucketLimiter {
  /**
   * @param {number} capacity tokens a bucket holds at most
   * @param {number} refillPerSecond tokens added per second
   */
  constructor(capacity, refillPerSecond) {
    this.capacity = capacity;
    this.refillPerSecond = refillPerSecond;
  }

  /** @returns {boolean} true if the request may proceed (spends one token) */
  allow(clientId, now) {
    return true;
  }

  /** @returns {number} 0 if allowed now, else milliseconds until a token is available */
  retryAfter(clientId, now) {
    return 0;
  }
}
