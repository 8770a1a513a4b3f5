class JobQueue {
  /**
   * @param {number} visibilityMs how long a received job stays hidden
   * @param {number} maxReceives deliveries before a job is dead-lettered
   */
  constructor(visibilityMs, maxReceives) {
    this.visibilityMs = visibilityMs;
    this.maxReceives = maxReceives;
  }

  /** @returns {boolean} */
  enqueue(id, now) {
    return true;
  }

  /** @returns {string | null} a receipt "<id>#<receive count>" */
  receive(now) {
    return null;
  }

  /** @returns {boolean} */
  ack(receipt, now) {
    return false;
  }

  /** @returns {boolean} */
  nack(receipt, now, delayMs) {
    return false;
  }

  /** @returns {string[]} */
  deadLetters() {
    return [];
  }
}
