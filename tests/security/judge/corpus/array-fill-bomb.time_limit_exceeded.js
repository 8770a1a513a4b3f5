/* eslint-disable -- hostile submissions for the judge, not project code */
// One huge fill: V8 runs it in native code that ignores the isolate's timeout, and left alone it
// ends in a catastrophic out-of-memory. The host's wall clock ends it first (time limit); the
// worker that hosted it is then replaced, so a later submission never pays for it.
function solve() {
  return Array(1e9).fill(0).length;
}
