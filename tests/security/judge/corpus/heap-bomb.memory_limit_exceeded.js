/* eslint-disable -- hostile submissions for the judge, not project code */
// Keeps allocating until the isolate's heap limit is reached.
function solve() {
  const hoard = [];
  for (;;) hoard.push(new Array(1_000_000).fill(Math.random()));
}
