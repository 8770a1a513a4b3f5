/* eslint-disable -- hostile submissions for the judge, not project code */
// There is no require in the sandbox.
function solve() {
  require('fs').writeFileSync('/tmp/mockloop-judge-escape', 'escaped');
  return 2;
}
