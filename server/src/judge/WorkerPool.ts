import { fork, type ChildProcess } from 'node:child_process';
import type { RunResult, TestResult } from '@mockloop/shared';
import { assembleResult } from './assembleResult';
import { CATASTROPHIC_MARKER } from './catastrophic';
import { lostCase, type KillReason } from './lostCase';
import type { ParentMessage, WorkerEnvelope, WorkerJob, WorkerMessage } from './protocol';
import { watchResidentMemory } from './residentMemory';
import { workerEntry, type WorkerEntry } from './workerEntry';

/** Extra time a worker gets past a case's wall-clock limit before it is killed from outside. */
const CASE_KILL_GRACE_MS = 1000;
/** Likewise for the whole submission's budget. */
const JOB_KILL_GRACE_MS = 2000;
const RESPAWN_DELAY_MS = 250;

interface ActiveJob {
  job: WorkerJob;
  results: Array<TestResult | undefined>;
  runningIndex?: number;
  caseStartedAt: number;
  caseWallMs?: number;
  caseTimer?: NodeJS.Timeout;
  jobTimer: NodeJS.Timeout;
  stopMemoryWatch: () => void;
  compileError?: string;
  resolve(result: RunResult): void;
}

interface WorkerHandle {
  child: ChildProcess;
  ready: boolean;
  /** Became ready at least once: a later exit is not a start-up failure. */
  startedOnce: boolean;
  active?: ActiveJob;
  /** Why the supervisor killed it, if it did; the first reason wins. */
  killedFor?: KillReason;
  catastrophic?: string;
}

export interface WorkerInfo {
  pid: number;
  ready: boolean;
  busy: boolean;
}

/**
 * Supervises a fixed number of judge worker processes: hands each one submission at a time,
 * SIGKILLs a worker that overruns a deadline, turns a dead worker's job into verdicts, and starts
 * a replacement so the pool never shrinks.
 */
export class WorkerPool {
  private readonly workers = new Set<WorkerHandle>();
  private closing = false;

  private started = false;

  private failedStarts = 0;
  private readonly respawns = new Set<NodeJS.Timeout>();

  constructor(
    private readonly size: number,
    private readonly onIdle: () => void,
    /** Called when workers keep dying before they are ready: waiting jobs cannot be judged. */
    private readonly onBroken: (reason: string) => void,
    /** A busy worker may use its job's memory limit plus this much resident memory, in MB. */
    private readonly memoryOverheadMb: number,
  ) {}

  /** Starts the workers once; later calls do nothing. */
  start(): void {
    if (this.started || this.closing) return;
    this.started = true;
    for (let i = 0; i < this.size; i++) this.spawn();
  }

  /** Starts `job` on an idle worker; false when every worker is busy or starting. */
  tryDispatch(job: WorkerJob, resolve: (result: RunResult) => void): boolean {
    const worker = [...this.workers].find((w) => w.ready && !w.active && w.child.connected);
    if (!worker) return false;
    const ceilingMb = job.memoryLimitMb + this.memoryOverheadMb;
    worker.active = {
      job,
      results: [],
      caseStartedAt: performance.now(),
      jobTimer: setTimeout(() => this.kill(worker), job.totalTimeMs + JOB_KILL_GRACE_MS),
      stopMemoryWatch: watchResidentMemory(worker.child.pid ?? -1, ceilingMb, () =>
        this.killForMemory(worker, ceilingMb),
      ),
      resolve,
    };
    const message: ParentMessage = { type: 'judge', job };
    // If the message cannot be delivered the worker is gone or going: its exit reports the job.
    worker.child.send(message, (error) => {
      if (error) worker.child.kill('SIGKILL');
    });
    return true;
  }

  info(): WorkerInfo[] {
    return [...this.workers].map((w) => ({
      pid: w.child.pid ?? -1,
      ready: w.ready,
      busy: w.active !== undefined,
    }));
  }

  async close(): Promise<void> {
    this.closing = true;
    for (const timer of this.respawns) clearTimeout(timer);
    this.respawns.clear();
    const exits = [...this.workers].map(
      (w) =>
        new Promise<void>((resolve) => {
          if (w.child.exitCode !== null || w.child.signalCode !== null) resolve();
          else w.child.once('exit', () => resolve());
          w.child.kill('SIGKILL');
        }),
    );
    await Promise.all(exits);
  }

  private spawn(): void {
    workerEntry().then(
      (entry) => {
        if (!this.closing) this.spawnFrom(entry);
      },
      () => undefined,
    );
  }

  private spawnFrom(entry: WorkerEntry): void {
    const child = fork(entry.file, [], {
      execArgv: entry.execArgv,
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    const worker: WorkerHandle = { child, ready: false, startedOnce: false };
    this.workers.add(worker);
    let stderrTail = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      stderrTail = (stderrTail + chunk).slice(-4096);
      if (process.env.JUDGE_DEBUG) process.stderr.write(chunk);
      const marker = stderrTail.lastIndexOf(CATASTROPHIC_MARKER);
      if (marker !== -1)
        worker.catastrophic = stderrTail.slice(marker + CATASTROPHIC_MARKER.length).trim();
    });
    child.on('message', (envelope: WorkerEnvelope) => {
      if (envelope.type === 'ready') {
        worker.ready = true;
        worker.startedOnce = true;
        this.onIdle();
        return;
      }
      for (const message of envelope.messages) this.handleMessage(worker, message);
    });
    child.on('error', () => undefined);
    child.once('exit', (code, signal) => this.handleExit(worker, code, signal, stderrTail));
  }

  private handleMessage(worker: WorkerHandle, message: WorkerMessage): void {
    const active = worker.active;
    if (!active || message.jobId !== active.job.id) return;
    switch (message.type) {
      case 'case-start': {
        const ago = Math.max(0, Date.now() - message.startedAt);
        active.runningIndex = message.index;
        active.caseStartedAt = performance.now() - ago;
        active.caseWallMs = message.wallTimeLimitMs;
        clearTimeout(active.caseTimer);
        active.caseTimer = setTimeout(
          () => this.kill(worker),
          Math.max(0, message.wallTimeLimitMs + CASE_KILL_GRACE_MS - ago),
        );
        return;
      }
      case 'case-done':
        active.results[message.index] = message.result;
        clearTimeout(active.caseTimer);
        delete active.runningIndex;
        return;
      case 'compile-error':
        active.compileError = message.message;
        return;
      case 'done':
        // A retiring worker takes no new job; its exit starts a replacement.
        if (message.retire) worker.ready = false;
        this.finish(
          worker,
          assembleResult(
            active.job,
            active.results,
            active.compileError === undefined ? {} : { compileError: active.compileError },
          ),
        );
        this.onIdle();
        return;
    }
  }

  private finish(worker: WorkerHandle, result: RunResult): void {
    const active = worker.active;
    if (!active) return;
    clearTimeout(active.caseTimer);
    clearTimeout(active.jobTimer);
    active.stopMemoryWatch();
    delete worker.active;
    active.resolve(result);
  }

  private kill(worker: WorkerHandle): void {
    worker.killedFor ??= { limit: 'time' };
    worker.child.kill('SIGKILL');
  }

  /**
   * The worker's resident memory passed its ceiling: memory the isolate's own limit does not see
   * (or a limit that failed). A case already past its wall clock is charged with time instead.
   */
  private killForMemory(worker: WorkerHandle, ceilingMb: number): void {
    const active = worker.active;
    const pastWallClock =
      active?.runningIndex !== undefined &&
      active.caseWallMs !== undefined &&
      performance.now() - active.caseStartedAt >= active.caseWallMs;
    worker.killedFor ??= pastWallClock ? { limit: 'time' } : { limit: 'memory', ceilingMb };
    worker.child.kill('SIGKILL');
  }

  private handleExit(
    worker: WorkerHandle,
    code: number | null,
    signal: NodeJS.Signals | null,
    stderrTail: string,
  ): void {
    this.workers.delete(worker);
    const active = worker.active;
    if (active) {
      const lost = lostCase(active, {
        closing: this.closing,
        code,
        signal,
        ...(worker.killedFor ? { killedFor: worker.killedFor } : {}),
        ...(worker.catastrophic === undefined ? {} : { catastrophic: worker.catastrophic }),
      });
      this.finish(
        worker,
        assembleResult(
          active.job,
          active.results,
          active.compileError === undefined ? { lost } : { compileError: active.compileError },
        ),
      );
    }
    if (this.closing) return;
    this.failedStarts = worker.startedOnce ? 0 : this.failedStarts + 1;
    if (this.failedStarts >= 3) {
      this.onBroken(
        `judge workers fail to start: ${stderrTail.slice(-300) || `exit ${String(code)}`}`,
      );
    }
    // Back off while workers cannot start, so a broken install does not spin.
    const delay =
      this.failedStarts === 0 ? 0 : Math.min(RESPAWN_DELAY_MS * 2 ** this.failedStarts, 10_000);
    // Not unref'd: a script waiting on a submission must not exit while its worker restarts.
    const timer = setTimeout(() => {
      this.respawns.delete(timer);
      if (!this.closing) this.spawn();
    }, delay);
    this.respawns.add(timer);
  }
}
