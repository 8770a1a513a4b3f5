/* eslint-disable -- hostile submissions for the judge, not project code */
// The largest array length there is, returned as the answer: reading it out stops at the judge's
// 8 MiB cap instead of walking four billion holes.
function solve() {
  return new Array(2 ** 32 - 1);
}
