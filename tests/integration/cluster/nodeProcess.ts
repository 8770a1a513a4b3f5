import { spawn, type ChildProcess } from 'node:child_process';
import readline from 'node:readline';
import { REPO_ROOT } from '../helpers/startTestServer';

/** One pino line of a node's log (only the fields the tests read). */
export interface LogLine {
  msg?: string;
  sessionId?: string;
  [field: string]: unknown;
}

/** A real MockLoop server process (`server/src/index.ts` through tsx). */
export interface NodeProcess {
  name: string;
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** Every JSON log line so far. */
  logs: LogLine[];
  /** Resolves with the first log line (past or future) that matches; rejects after `timeoutMs`. */
  waitForLog(match: (line: LogLine) => boolean, timeoutMs?: number): Promise<LogLine>;
  /** Sends the signal (SIGKILL by default) and waits for the process to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

const READY = /MockLoop is serving http:\/\/localhost:(\d+)/;

/**
 * Spawns a node with `env` on top of a quiet base (port 0 on loopback, debug log) and resolves
 * once it logs the port it serves on. Its stderr is kept for the error if it fails to start.
 */
export async function spawnNode(name: string, env: Record<string, string>): Promise<NodeProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--no-node-snapshot', '--import', 'tsx', 'server/src/index.ts'],
    {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'debug',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const logs: LogLine[] = [];
  const waiters = new Set<{ match: (line: LogLine) => boolean; resolve: (l: LogLine) => void }>();
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  readline.createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      return;
    }
    logs.push(line);
    for (const waiter of waiters) {
      if (waiter.match(line)) {
        waiters.delete(waiter);
        waiter.resolve(line);
      }
    }
  });

  function waitForLog(match: (line: LogLine) => boolean, timeoutMs = 20_000): Promise<LogLine> {
    const seen = logs.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = { match, resolve };
      waiters.add(waiter);
      setTimeout(() => {
        if (!waiters.delete(waiter)) return;
        reject(new Error(`${name}: no matching log line within ${timeoutMs} ms\n${stderr}`));
      }, timeoutMs).unref();
    });
  }

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const ready = await Promise.race([
    waitForLog((line) => READY.test(line.msg ?? ''), 30_000),
    exited.then(() => {
      throw new Error(`${name} exited before serving:\n${stderr}`);
    }),
  ]);
  const port = Number(READY.exec(ready.msg ?? '')?.[1]);
  return {
    name,
    url: `http://127.0.0.1:${port}`,
    port,
    logs,
    waitForLog,
    async kill(signal = 'SIGKILL') {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill(signal);
      await exited;
    },
  };
}
