/**
 * @param {string[]} lines "<tenant> <status> <ms>"
 * @param {number} k how many tenants to return
 * @returns {{ tenant: string, requests: number, errors: number, totalMs: number }[]}
 */
function noisiestTenants(lines, k) {
  // Your code here.
  return [];
}
