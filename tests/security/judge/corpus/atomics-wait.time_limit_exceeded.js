/* eslint-disable -- hostile submissions for the judge, not project code */
// Blocks the isolate's thread forever on a shared memory cell nobody will notify.
function solve() {
  const cell = new Int32Array(new SharedArrayBuffer(4));
  Atomics.wait(cell, 0, 0);
  return 2;
}
