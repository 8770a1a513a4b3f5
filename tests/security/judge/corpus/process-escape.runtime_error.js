/* eslint-disable -- hostile submissions for the judge, not project code */
// There is no process in the sandbox.
function solve() {
  process.mainModule.require('child_process').execSync('touch /tmp/mockloop-judge-escape');
  return 2;
}
