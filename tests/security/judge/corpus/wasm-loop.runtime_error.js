/* eslint-disable -- hostile submissions for the judge, not project code */
// A WebAssembly function that loops forever: (func (loop (br 0))). WebAssembly is off in the judge,
// so this ends at once with a ReferenceError instead of at the time limit.
function solve() {
  const bytes = new Uint8Array([
    0x00,
    0x61,
    0x73,
    0x6d,
    0x01,
    0x00,
    0x00,
    0x00, // header
    0x01,
    0x04,
    0x01,
    0x60,
    0x00,
    0x00, // type: () -> ()
    0x03,
    0x02,
    0x01,
    0x00, // one function of type 0
    0x07,
    0x05,
    0x01,
    0x01,
    0x66,
    0x00,
    0x00, // export "f"
    0x0a,
    0x09,
    0x01,
    0x07,
    0x00,
    0x03,
    0x40,
    0x0c,
    0x00,
    0x0b,
    0x0b, // loop { br 0 }
  ]);
  const instance = new WebAssembly.Instance(new WebAssembly.Module(bytes));
  instance.exports.f();
  return 2;
}
