/* eslint-disable -- hostile submissions for the judge, not project code */
// Catastrophic backtracking: exponential time inside the regular expression engine.
function solve() {
  return /^(a+)+$/.test('a'.repeat(40) + 'b') ? 1 : 2;
}
