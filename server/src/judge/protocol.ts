import type { JsonValue, Language, TestResult } from '@mockloop/shared';
import type { CompareOptions } from './compare';
import type { CasePayload } from './SubmissionSandbox';

/** One test case, ready for the sandbox. */
export interface JudgeCase {
  name: string;
  hidden: boolean;
  payload: CasePayload;
  expected: JsonValue;
}

/** Everything a worker process needs to judge one submission. */
export interface WorkerJob {
  id: number;
  code: string;
  language: Language;
  entry: string;
  style: 'function' | 'class';
  compare: CompareOptions;
  cpuTimeLimitMs: number;
  memoryLimitMb: number;
  totalTimeMs: number;
  logCapChars: number;
  /** Question authors (bank checks) may see hidden cases' details; candidates never do. */
  revealHidden: boolean;
  cases: JudgeCase[];
}

export type ParentMessage = { type: 'judge'; job: WorkerJob };

/**
 * What a worker sends. A case's `case-done` travels with the next message (the next
 * `case-start` or `done`); see judgeWorker.ts.
 */
export type WorkerEnvelope = { type: 'batch'; messages: WorkerMessage[] } | { type: 'ready' };

export type WorkerMessage =
  | {
      type: 'case-start';
      jobId: number;
      index: number;
      wallTimeLimitMs: number;
      /** `Date.now()` when the case started: the announcement may come later. */
      startedAt: number;
    }
  | { type: 'case-done'; jobId: number; index: number; result: TestResult }
  | { type: 'compile-error'; jobId: number; message: string }
  /** `retire`: the worker ends itself next, because an isolate it abandoned may still run. */
  | { type: 'done'; jobId: number; retire?: boolean };
