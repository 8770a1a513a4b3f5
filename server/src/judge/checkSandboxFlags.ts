import ivm from 'isolated-vm';
import { SANDBOX_V8_FLAGS } from './sandboxFlags';

/**
 * Checks in a throwaway isolate that the worker's V8 flags took hold: undefined when they did,
 * else what is wrong. A worker that fails this refuses to start, so no code is judged without them.
 */
export function checkSandboxFlags(): string | undefined {
  const isolate = new ivm.Isolate({ memoryLimit: 8 });
  try {
    const reach: unknown = isolate
      .createContextSync()
      .evalSync("typeof WebAssembly + ' ' + typeof Function('return this')()['Web' + 'Assembly']");
    if (reach === 'undefined undefined') return undefined;
    return `WebAssembly is reachable in the sandbox (${String(reach)}); start the worker with ${SANDBOX_V8_FLAGS.join(' ')}`;
  } finally {
    isolate.dispose();
  }
}
