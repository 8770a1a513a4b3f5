/**
 * @param {string[]} lines raw header lines, in order
 * @param {string[]} names header names asked for
 * @returns {(string | null)[]} the combined value of each name, or null
 */
function lookupHeaders(lines, names) {
  // Your code here.
  return names.map(() => null);
}
