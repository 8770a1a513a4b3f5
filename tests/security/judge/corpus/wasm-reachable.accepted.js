/* eslint-disable -- hostile submissions for the judge, not project code */
// Looks for WebAssembly by every path a submission has; answers right only when none finds it.
function solve(n) {
  const name = ['Web', 'Assembly'].join('');
  const found = [];
  const probe = (how, get) => {
    try {
      if (get() !== undefined) found.push(how);
    } catch {
      // a path that throws reaches nothing
    }
  };
  probe('identifier', () => (typeof WebAssembly === 'undefined' ? undefined : WebAssembly));
  probe('globalThis', () => globalThis[name]);
  probe('Reflect', () => Reflect.get(globalThis, name));
  probe('descriptor', () => Object.getOwnPropertyDescriptor(globalThis, name));
  probe('own names', () => Object.getOwnPropertyNames(globalThis).find((k) => k === name));
  probe('Function', () => Function('return this')()[name]);
  probe('indirect eval', () => (0, eval)(`typeof ${name} === 'undefined' ? undefined : ${name}`));
  probe('constructor chain', () => (() => {}).constructor('return globalThis')()[name]);
  return found.length === 0 ? n * 2 : `WebAssembly reachable via ${found.join(', ')}`;
}
