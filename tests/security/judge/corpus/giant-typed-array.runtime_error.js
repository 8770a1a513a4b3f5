/* eslint-disable -- hostile submissions for the judge, not project code */
// Asks for 800 MB of array buffer at once: the allocation is refused inside the sandbox.
function solve() {
  return new Float64Array(1e8).length;
}
