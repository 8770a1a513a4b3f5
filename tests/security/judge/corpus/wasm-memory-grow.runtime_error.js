/* eslint-disable -- hostile submissions for the judge, not project code */
// Issue 10: WebAssembly memory lives outside the isolate's heap limit. Growing it to 512 MB and
// touching every page took a judge worker to about 630 MB. WebAssembly must not exist here.
function solve(n) {
  const memory = new WebAssembly.Memory({ initial: 1, maximum: 65536 });
  memory.grow(8191);
  new Uint8Array(memory.buffer).fill(1);
  return n * 2;
}
