/**
 * @param {string[]} records "<name> <type> <value>"
 * @param {string[]} queries names to resolve
 * @returns {(string[] | string)[]} addresses, or "NXDOMAIN" | "NODATA" | "LOOP" | "DEPTH"
 */
function resolveAll(records, queries) {
  // Your code here.
  return queries.map(() => 'NXDOMAIN');
}
