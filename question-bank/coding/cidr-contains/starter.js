/**
 * @param {string[]} allowlist CIDR entries such as "10.0.0.0/8" or bare addresses
 * @param {string[]} ips caller addresses
 * @returns {number[]} indices of the allowed addresses, ascending
 */
function checkAllowlist(allowlist, ips) {
  // Your code here.
  return [];
}
