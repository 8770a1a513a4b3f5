/* eslint-disable -- hostile submissions for the judge, not project code */
// Unbounded recursion overflows the sandbox's stack: a RangeError, not a crash.
function solve(n) {
  return solve(n + 1) + 1;
}
