class MinStack {
  /** @param {number[]} [initial] deadlines already in effect, pushed in order */
  constructor(initial = []) {}

  /** @param {number} value */
  push(value) {}

  /** @returns {number | null} the removed top, or null if empty */
  pop() {
    return null;
  }

  /** @returns {number | null} */
  top() {
    return null;
  }

  /** @returns {number | null} */
  getMin() {
    return null;
  }
}
