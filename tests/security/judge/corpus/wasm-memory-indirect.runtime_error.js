/* eslint-disable -- hostile submissions for the judge, not project code */
// The same escape with WebAssembly reached without naming it: through the Function constructor's
// global object and a computed key, growing to 1 GB.
function solve(n) {
  const global = Function('return this')();
  const wasm = Reflect.get(global, ['Web', 'Assembly'].join(''));
  const memory = new wasm.Memory({ initial: 1, maximum: 65536 });
  memory.grow(16383);
  new Uint8Array(memory.buffer).fill(1);
  return n * 2;
}
