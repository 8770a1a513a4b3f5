import ivm from 'isolated-vm';
import type { JsonValue } from '@mockloop/shared';
import { buildSandboxScript } from './sandboxHarness';

/** What one case sends into the sandbox: the entry's arguments, or the class calls. */
export type CasePayload =
  | { args: JsonValue[] }
  | { ctorName: string; ctorArgs: JsonValue[]; calls: Array<[string, JsonValue[]]> };

export type CaseOutcome =
  | { kind: 'value'; json: string }
  | { kind: 'not_plain'; reason: string }
  | { kind: 'error'; message: string }
  | { kind: 'timeout' }
  | { kind: 'memory' };

export interface CaseRun {
  outcome: CaseOutcome;
  timeMs: number;
  logs: string;
  logsTruncated: boolean;
}

export interface CaseLimits {
  cpuTimeLimitMs: number;
  wallTimeLimitMs: number;
  /** Characters of console output this case may still add. */
  logBudget: number;
}

/**
 * One submission's isolate: compiled once, then every case runs in a fresh context so no global
 * state leaks between cases. After a timeout or an out-of-memory the isolate is disposed (left-over
 * microtasks could survive otherwise) and the sandbox refuses further cases.
 */
export class SubmissionSandbox {
  private readonly isolate: ivm.Isolate;
  private readonly script: ivm.Script;
  private disposedByHost = false;

  private constructor(isolate: ivm.Isolate, script: ivm.Script) {
    this.isolate = isolate;
    this.script = script;
  }

  /** Throws a SyntaxError message string when V8 rejects what esbuild accepted (rare). */
  static async create(options: {
    code: string;
    entry: string;
    style: 'function' | 'class';
    memoryLimitMb: number;
    /** Called when V8 loses control of the isolate; the process must end then. */
    onCatastrophicError?: (message: string) => void;
  }): Promise<SubmissionSandbox> {
    const isolate = new ivm.Isolate({
      memoryLimit: options.memoryLimitMb,
      ...(options.onCatastrophicError ? { onCatastrophicError: options.onCatastrophicError } : {}),
    });
    const built = buildSandboxScript(options.code, options.entry, options.style);
    try {
      const script = await isolate.compileScript(built.source, {
        filename: 'file:///solution.js',
        lineOffset: built.lineOffset,
      });
      return new SubmissionSandbox(isolate, script);
    } catch (error) {
      isolate.dispose();
      throw error;
    }
  }

  /**
   * True once the host gave up on a case that ignored both its timeout and the wall clock: the
   * isolate's thread may still be running (some native built-ins cannot be interrupted), so the
   * process hosting it should be retired.
   */
  get abandoned(): boolean {
    return this.disposedByHost;
  }

  get usable(): boolean {
    return !this.isolate.isDisposed;
  }

  async runCase(payload: CasePayload, limits: CaseLimits): Promise<CaseRun> {
    let logs = '';
    let logsTruncated = false;
    const sink = new ivm.Callback((text: unknown, cut: unknown) => {
      // The harness caps output too, but the host never trusts it to.
      if (typeof text !== 'string') return;
      const room = limits.logBudget - logs.length;
      if (text.length > room) logsTruncated = true;
      if (room > 0) logs += text.slice(0, room);
      if (cut === true) logsTruncated = true;
    });
    const started = performance.now();
    const cpuBefore = this.isolate.cpuTime;
    const outcome = await this.execute(sink, payload, limits);
    const timeMs = Math.round((performance.now() - started) * 10) / 10;
    let final = outcome;
    if (outcome.kind !== 'timeout' && outcome.kind !== 'memory' && this.usable) {
      const cpuMs = Number(this.isolate.cpuTime - cpuBefore) / 1e6;
      // Work done in promise callbacks after the first return is not covered by `timeout`.
      if (cpuMs > limits.cpuTimeLimitMs) final = { kind: 'timeout' };
    }
    return { outcome: final, timeMs, logs, logsTruncated };
  }

  private async execute(
    sink: ivm.Callback,
    payload: CasePayload,
    limits: CaseLimits,
  ): Promise<CaseOutcome> {
    let context: ivm.Context | undefined;
    let timer: NodeJS.Timeout | undefined;
    try {
      // Setting up a context runs only our harness (bounded by the timeout all the same), so it is
      // done synchronously: a round trip to isolated-vm's thread pool costs more than the work.
      context = this.isolate.createContextSync();
      const run = this.script.runSync(context, {
        timeout: limits.cpuTimeLimitMs,
        reference: true,
      }) as ivm.Reference<(...args: unknown[]) => Promise<string>>;
      const call = run.apply(
        undefined,
        [sink, limits.logBudget, new ivm.ExternalCopy(payload).copyInto({ release: true })],
        { timeout: limits.cpuTimeLimitMs, result: { promise: true, copy: true } },
      );
      const wallClock = new Promise<'wall'>((resolve) => {
        timer = setTimeout(() => resolve('wall'), limits.wallTimeLimitMs);
      });
      const settled = await Promise.race([call, wallClock]);
      if (settled === 'wall') {
        // `timeout` does not cover a promise that never settles: end the isolate from here.
        this.disposedByHost = true;
        call.catch(() => undefined);
        this.dispose();
        return { kind: 'timeout' };
      }
      return parseHarnessResult(settled);
    } catch (error) {
      return this.classifyFailure(error);
    } finally {
      clearTimeout(timer);
      if (context && !this.isolate.isDisposed) context.release();
    }
  }

  private classifyFailure(error: unknown): CaseOutcome {
    const message = error instanceof Error ? error.message : String(error);
    if (this.disposedByHost) return { kind: 'timeout' };
    if (/memory limit/i.test(message) || (this.isolate.isDisposed && /disposed/i.test(message))) {
      this.dispose();
      return { kind: 'memory' };
    }
    if (/timed out/i.test(message)) {
      this.dispose();
      return { kind: 'timeout' };
    }
    return { kind: 'error', message: message.slice(0, 1000) };
  }

  dispose(): void {
    if (!this.isolate.isDisposed) this.isolate.dispose();
  }
}

function parseHarnessResult(text: string): CaseOutcome {
  const tag = text.slice(0, 3);
  const body = text.slice(3);
  if (tag === 'ok:') return { kind: 'value', json: body };
  if (tag === 'np:') return { kind: 'not_plain', reason: body };
  return { kind: 'error', message: body.slice(0, 1000) };
}
