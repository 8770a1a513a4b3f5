import { fork } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { WorkerEnvelope } from './protocol';
import { SANDBOX_V8_FLAGS } from './sandboxFlags';
import { workerEntry } from './workerEntry';

async function startWorker(execArgv: string[], file: string) {
  const child = fork(file, [], { execArgv, stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (stderr += chunk));
  const first = await new Promise<WorkerEnvelope | number | null>((resolve) => {
    child.once('message', (message: WorkerEnvelope) => resolve(message));
    child.once('exit', (code) => resolve(code));
  });
  child.kill('SIGKILL');
  return { first, stderr };
}

describe('judge worker V8 flags', () => {
  it('every worker is started with --no-expose-wasm, and then reports ready', async () => {
    const entry = await workerEntry();
    expect(SANDBOX_V8_FLAGS).toContain('--no-expose-wasm');
    for (const flag of SANDBOX_V8_FLAGS) expect(entry.execArgv).toContain(flag);
    expect((await startWorker(entry.execArgv, entry.file)).first).toEqual({ type: 'ready' });
  });

  it('a worker started without them refuses to start instead of judging with WebAssembly on', async () => {
    const entry = await workerEntry();
    const bare = entry.execArgv.filter((flag) => !SANDBOX_V8_FLAGS.includes(flag));
    const { first, stderr } = await startWorker(bare, entry.file);
    expect(first).toBe(1);
    expect(stderr).toMatch(/refuses to start: WebAssembly is reachable/);
  });
});
