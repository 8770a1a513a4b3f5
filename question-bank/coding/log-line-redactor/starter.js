/**
 * @param {string[]} lines
 * @returns {{ lines: string[], counts: number[] }} redacted lines and [tokens, secrets, emails]
 */
function redactLines(lines) {
  // Your code here.
  return { lines, counts: [0, 0, 0] };
}
