/* eslint-disable -- hostile submissions for the judge, not project code */
// Prints far more than the cap; the output is cut and marked, the answer still counts.
function solve(n) {
  for (let i = 0; i < 20_000; i++) console.log('x'.repeat(1000));
  return n * 2;
}
