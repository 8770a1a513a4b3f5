/* eslint-disable -- hostile submissions for the judge, not project code */
// A result nested far deeper than plain data needs: refused, not a stack overflow in the host.
function solve() {
  let value = [];
  for (let i = 0; i < 100_000; i++) value = [value];
  return value;
}
