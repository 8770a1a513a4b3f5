/* eslint-disable -- hostile submissions for the judge, not project code */
// The Function constructor reaches only the sandbox's own global, which has no process.
function solve() {
  const global = solve.constructor('return this')();
  const proc = global.process || {}.constructor.constructor('return process')();
  proc.mainModule.require('fs').writeFileSync('/tmp/mockloop-judge-escape', 'escaped');
  return 2;
}
