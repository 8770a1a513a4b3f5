/* eslint-disable -- hostile submissions for the judge, not project code */
// Prints without end: the time limit ends it and the output stays capped.
function solve() {
  for (;;) console.log('flood'.repeat(1000));
}
