/* eslint-disable -- hostile submissions for the judge, not project code */
// A toJSON method on the result is not plain data; it is never called.
function solve(n) {
  return { toJSON: () => n * 2 };
}
