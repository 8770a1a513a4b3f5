import os from 'node:os';
import type { Language, RunMode, RunResult, TestCase } from '@mockloop/shared';
import type { CodingQuestion } from '../bank/types';
import type { JudgeCase, WorkerJob } from './protocol';
import { WorkerPool, type WorkerInfo } from './WorkerPool';

export interface JudgeOptions {
  /** Submissions judged at once, one worker process each. Default: the number of cores. */
  concurrency?: number;
  /** Submissions allowed to wait for a worker; one more gets `JudgeBusyError`. Default 64. */
  queueLimit?: number;
  /** Wall-clock budget of one whole submission. Default 10 000 ms. */
  totalTimeMs?: number;
  /** Console output kept per submission, in characters. Default 64 KiB. */
  logCapChars?: number;
  /**
   * Resident memory a busy worker may use beyond its submission's memory limit, in MB: Node, the
   * judge's code and V8's slack around the isolate's heap. Above the sum the supervisor kills the
   * worker (`memory_limit_exceeded`). Default WORKER_MEMORY_OVERHEAD_MB. An idle worker alone
   * holds 40-60 MB, so a much smaller overhead fails every submission (tests use 0 on purpose).
   */
  workerMemoryOverheadMb?: number;
  /** Start the worker processes on the first submission instead of at once (tests, tools). */
  lazy?: boolean;
}

/**
 * Default resident memory a busy worker may use beyond the memory limit: an idle worker holds
 * about 40-60 MB, and a heap filled to a 64 MB limit brings it to about 130 MB.
 */
export const WORKER_MEMORY_OVERHEAD_MB = 256;

export interface JudgeTask {
  question: CodingQuestion;
  language: Language;
  code: string;
  mode: RunMode;
  /** Include hidden cases' inputs, outputs and messages (question authors' checks only). */
  revealHidden?: boolean;
}

export interface Judge {
  /** Judges one submission; rejects with `JudgeBusyError` when the queue is full. */
  run(task: JudgeTask): Promise<RunResult>;
  /** The worker processes, for operations and tests. */
  workers(): WorkerInfo[];
  /** Whether submissions can be judged now (`/api/health`); `detail` says why not. */
  health(): Promise<{ ok: boolean; detail?: string }>;
  /** Kills the workers; waiting submissions reject with `JudgeClosedError`. */
  close(): Promise<void>;
}

export class JudgeBusyError extends Error {
  constructor() {
    super('The judge is busy; try again in a moment.');
    this.name = 'JudgeBusyError';
  }
}

export class JudgeClosedError extends Error {
  constructor() {
    super('The judge has been closed.');
    this.name = 'JudgeClosedError';
  }
}

interface Waiting {
  job: WorkerJob;
  resolve: (result: RunResult) => void;
  reject: (error: Error) => void;
}

/**
 * Creates the judge: a bounded queue in front of a pool of sandbox worker processes.
 *
 * @example
 * const judge = createJudge({ concurrency: 2 });
 * const result = await judge.run({ question, language: 'typescript', code, mode: 'submit' });
 * await judge.close();
 */
export function createJudge(options: JudgeOptions = {}): Judge {
  const concurrency = Math.max(1, options.concurrency ?? os.availableParallelism());
  const queueLimit = Math.max(0, options.queueLimit ?? 64);
  const totalTimeMs = options.totalTimeMs ?? 10_000;
  const logCapChars = options.logCapChars ?? 64 * 1024;
  const waiting: Waiting[] = [];
  let nextId = 1;
  let closed = false;

  const pump = (): void => {
    while (waiting.length > 0) {
      const next = waiting[0];
      if (!next || !pool.tryDispatch(next.job, next.resolve)) return;
      waiting.shift();
    }
  };
  const memoryOverheadMb = Math.max(0, options.workerMemoryOverheadMb ?? WORKER_MEMORY_OVERHEAD_MB);
  const pool = new WorkerPool(
    concurrency,
    pump,
    (reason) => {
      for (const w of waiting.splice(0)) w.reject(new Error(reason));
    },
    memoryOverheadMb,
  );
  if (!options.lazy) pool.start();

  return {
    run(task) {
      if (closed) return Promise.reject(new JudgeClosedError());
      pool.start();
      const job = buildJob(task, nextId++, { totalTimeMs, logCapChars });
      return new Promise<RunResult>((resolve, reject) => {
        if (waiting.length === 0 && pool.tryDispatch(job, resolve)) return;
        // Jobs wait only while no worker is free, so a long line means every worker is busy.
        if (waiting.length >= queueLimit) {
          reject(new JudgeBusyError());
          return;
        }
        waiting.push({ job, resolve, reject });
      });
    },
    workers: () => pool.info(),
    health: () =>
      Promise.resolve(closed ? { ok: false, detail: 'the judge is closed' } : { ok: true }),
    async close() {
      closed = true;
      for (const w of waiting.splice(0)) w.reject(new JudgeClosedError());
      await pool.close();
    },
  };
}

function buildJob(
  task: JudgeTask,
  id: number,
  limits: { totalTimeMs: number; logCapChars: number },
): WorkerJob {
  const { question } = task;
  const fm = question.frontMatter;
  const cases = [
    ...question.examples.map((c) => toJudgeCase(c, false)),
    ...(task.mode === 'submit' ? question.hidden.map((c) => toJudgeCase(c, true)) : []),
  ];
  return {
    id,
    code: task.code,
    language: task.language,
    entry: fm.entry,
    style: fm.style,
    compare:
      fm.tolerance === undefined
        ? { mode: fm.compare }
        : { mode: fm.compare, tolerance: fm.tolerance },
    cpuTimeLimitMs: fm.cpuTimeLimitMs,
    memoryLimitMb: fm.memoryLimitMb,
    totalTimeMs: limits.totalTimeMs,
    logCapChars: limits.logCapChars,
    revealHidden: task.revealHidden ?? false,
    cases,
  };
}

function toJudgeCase(testCase: TestCase, hidden: boolean): JudgeCase {
  if ('args' in testCase) {
    return {
      name: testCase.name,
      hidden,
      payload: { args: testCase.args },
      expected: testCase.expected,
    };
  }
  const [first, ...rest] = testCase.calls;
  return {
    name: testCase.name,
    hidden,
    payload: {
      ctorName: first?.[0] ?? '',
      ctorArgs: first ? first.slice(1) : [],
      calls: rest.map(([method, ...args]) => [method, args]),
    },
    expected: testCase.expected,
  };
}
