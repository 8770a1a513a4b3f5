/* eslint-disable -- hostile submissions for the judge, not project code */
// Keeps allocating until the isolate's heap limit is reached. Near the limit V8 spends its time
// collecting garbage, so on a busy machine the CPU limit can run out first: either verdict is a
// bounded end.
function solve() {
  const hoard = [];
  for (;;) hoard.push(new Array(1_000_000).fill(Math.random()));
}
