/* eslint-disable -- hostile submissions for the judge, not project code */
// A result that fits in memory but is larger than the judge copies out (8 MiB of JSON).
function solve() {
  return new Array(100).fill('x'.repeat(100_000));
}
