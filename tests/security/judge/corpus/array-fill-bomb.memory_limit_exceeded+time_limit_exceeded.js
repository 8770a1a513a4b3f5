/* eslint-disable -- hostile submissions for the judge, not project code */
// One huge fill in native code that ignores the isolate's timeout; it ends in a catastrophic
// out-of-memory that takes its worker process down. Which limit is passed first, the heap or the
// wall clock, depends on the machine's speed (about 0.6 s to run out of memory here, 0.7 s of
// wall clock), so either verdict is right. Either way the worker is replaced and the next
// submission never pays for it.
function solve() {
  return Array(1e9).fill(0).length;
}
