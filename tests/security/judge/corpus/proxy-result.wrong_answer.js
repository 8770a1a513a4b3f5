/* eslint-disable -- hostile submissions for the judge, not project code */
// A Proxy that claims to be anything: it is read like any object, and its data is wrong.
function solve() {
  return new Proxy([], { get: (target, key) => (key === 'length' ? 3 : 2) });
}
