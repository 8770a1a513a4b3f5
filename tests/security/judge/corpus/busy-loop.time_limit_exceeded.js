/* eslint-disable -- hostile submissions for the judge, not project code */
// A plain infinite loop: the isolate's CPU timeout ends it.
function solve() {
  for (;;) {}
}
