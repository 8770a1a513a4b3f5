/**
 * @param {(number | null)[]} samples latencies in ms, null for a failed request
 * @param {number} k window size (samples)
 * @param {number} high fire when the average is above this
 * @param {number} low clear when the average is below this
 * @returns {[number, 'fire' | 'clear'][]} the alert changes, in order
 */
function latencyAlerts(samples, k, high, low) {
  // Your code here.
  return [];
}
