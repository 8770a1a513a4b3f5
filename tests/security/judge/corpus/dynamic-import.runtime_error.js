/* eslint-disable -- hostile submissions for the judge, not project code */
// import() of a Node module is not available in the sandbox.
async function solve() {
  const fs = await import('node:fs');
  fs.writeFileSync('/tmp/mockloop-judge-escape', 'escaped');
  return 2;
}
