/**
 * V8 flags every judge worker starts with. V8 flags belong to the process, so they reach every
 * isolate isolated-vm creates in it; `checkSandboxFlags` proves they took hold.
 *
 * `--no-expose-wasm`: WebAssembly memory lives outside an isolate's heap, so isolated-vm's memory
 * limit does not count it (a `WebAssembly.Memory` grown to 1 GB was accepted under a 64 MB
 * limit). With the flag, V8 never puts `WebAssembly` on a context's global object, and JavaScript
 * has no other path to it.
 */
export const SANDBOX_V8_FLAGS: readonly string[] = ['--no-expose-wasm'];
