import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import readline from 'node:readline';
import { REPO_ROOT } from '../helpers/startTestServer';

/** One JSON log line of the worker. */
export type LogLine = Record<string, unknown> & { msg?: string };

export interface JudgeWorkerProcess {
  pid: number;
  lines: LogLine[];
  /** False once the process has exited. */
  running(): boolean;
  /** The exit code, once it exited on its own (null while running or when killed). */
  exitCode(): number | null;
  /** Sends `signal` to the worker's node process only (npm passes its exit code on). */
  signalWorker(signal: NodeJS.Signals): Promise<void>;
  /** Resolves with the first log line (already seen or to come) that matches, within `ms`. */
  waitForLog(match: (line: LogLine) => boolean, ms?: number): Promise<LogLine>;
  /** Signals the whole process group (npm, node, its sandbox processes); resolves once it exited. */
  kill(signal: NodeJS.Signals): Promise<void>;
}

/**
 * Runs `npm run judge:worker` as a real child process in its own process group, so a SIGKILL
 * takes down the worker and its sandboxes at once, as when a machine dies.
 */
export async function startJudgeWorkerProcess(
  env: Record<string, string>,
): Promise<JudgeWorkerProcess> {
  const child: ChildProcess = spawn('npm', ['run', '--silent', 'judge:worker'], {
    cwd: REPO_ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', JUDGE_CONCURRENCY: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const lines: LogLine[] = [];
  const waiters = new Set<{ match: (line: LogLine) => boolean; resolve(line: LogLine): void }>();
  readline.createInterface({ input: child.stdout! }).on('line', (text) => {
    let line: LogLine;
    try {
      line = JSON.parse(text) as LogLine;
    } catch {
      return;
    }
    lines.push(line);
    for (const waiter of waiters) {
      if (waiter.match(line)) {
        waiters.delete(waiter);
        waiter.resolve(line);
      }
    }
  });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  // 'close', not 'exit': every log line has been read by then.
  const exited = once(child, 'close');

  const worker: JudgeWorkerProcess = {
    pid: child.pid!,
    lines,
    running: () => child.exitCode === null && child.signalCode === null,
    exitCode: () => child.exitCode,
    async signalWorker(signal) {
      const ready = lines.find((line) => line.msg === 'judge worker ready');
      process.kill(Number(ready?.pid), signal);
      await exited;
    },
    waitForLog(match, ms = 20_000) {
      const seen = lines.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const waiter = { match, resolve };
        waiters.add(waiter);
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          reject(new Error(`judge worker ${child.pid}: no such log line in ${ms} ms. ${stderr}`));
        }, ms);
        void exited.then(() => {
          if (!waiters.delete(waiter)) return;
          clearTimeout(timer);
          reject(new Error(`judge worker ${child.pid} exited: ${stderr}`));
        });
        const done = waiter.resolve;
        waiter.resolve = (line) => {
          clearTimeout(timer);
          done(line);
        };
      });
    },
    async kill(signal) {
      if (child.exitCode !== null || child.signalCode !== null) return;
      try {
        process.kill(-child.pid!, signal);
      } catch {
        return;
      }
      await exited;
    },
  };
  try {
    // Start-up (npm, tsx, the bank, the sandbox pool) is slow on a loaded machine.
    await worker.waitForLog((line) => line.msg === 'judge worker ready', 30_000);
  } catch (error) {
    await worker.kill('SIGKILL');
    throw error;
  }
  return worker;
}
