class LatencyMedian {
  constructor() {}

  /** @param {number} ms one latency sample */
  addNum(ms) {}

  /** @returns {number | null} the median of all samples so far, or null if none */
  findMedian() {
    return null;
  }
}
