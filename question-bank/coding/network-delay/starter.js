/**
 * @param {number} n number of services, ids 0..n-1
 * @param {number[][]} links [from, to, ms] directed links
 * @param {number} source the service that starts the broadcast
 * @returns {number} ms until every service has the message, or -1
 */
function broadcastTime(n, links, source) {
  return null;
}
