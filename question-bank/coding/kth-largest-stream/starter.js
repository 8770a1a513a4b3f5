class KthSlowest {
  /**
   * @param {number} k which rank to report (1 = the slowest)
   * @param {number[]} [initial] latencies already seen
   */
  constructor(k, initial = []) {}

  /**
   * @param {number} latencyMs a new request latency
   * @returns {number | null} the k-th largest latency so far, or null if fewer than k
   */
  add(latencyMs) {
    return null;
  }
}
