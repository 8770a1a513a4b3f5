import { z } from 'zod';
import {
  ClassCaseSchema,
  FunctionCaseSchema,
  LANGUAGES,
  MAX_CODE_LENGTH,
  QuestionIdSchema,
  RUN_MODES,
} from '@mockloop/shared';
import { QueueEvents, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';

/** The BullMQ queue web nodes add submissions to and `npm run judge:worker` takes them from. */
export const JUDGE_QUEUE_NAME = 'mockloop-judge';

/**
 * What a web node puts in Redis for one submission: which question (by id and content hash, so a
 * worker with another version of the bank refuses instead of judging against the wrong tests),
 * the code and the mode. Hidden tests never travel: the worker reads them from its own bank.
 * `examples` replaces the question's examples for a run on the person's own input (one case,
 * no hidden cases), which is the only way a web node changes a question.
 */
export const JudgeJobDataSchema = z
  .object({
    questionId: QuestionIdSchema,
    contentHash: z.string().regex(/^[0-9a-f]{64}$/),
    language: z.enum(LANGUAGES),
    code: z.string().max(MAX_CODE_LENGTH),
    mode: z.enum(RUN_MODES),
    examples: z
      .array(z.union([FunctionCaseSchema, ClassCaseSchema]))
      .length(1)
      .optional(),
  })
  .strict();
export type JudgeJobData = z.infer<typeof JudgeJobDataSchema>;

/**
 * How long a worker's lock on a job lasts without renewal (it renews every half of it). A worker
 * that dies loses its job at most this long after its last renewal; its event loop stays free
 * while a sandbox process judges, so a short lock is not lost by a busy worker.
 */
export const JUDGE_LOCK_MS = 5_000;
/**
 * How often workers look for jobs whose lock ran out; a job seen without a lock on two checks
 * in a row goes back in the queue, so a dead worker's job is free again within about
 * JUDGE_LOCK_MS + 2 * JUDGE_STALLED_INTERVAL_MS.
 */
export const JUDGE_STALLED_INTERVAL_MS = 2_500;
/**
 * A job is put back once after its worker died; a second death fails it with a clear reason
 * instead of letting one submission take down worker after worker.
 */
export const JUDGE_MAX_STALLED = 1;

/** A failed job (and its code) stays this long, for an operator to look at, then goes. */
const FAILED_JOB_KEPT_S = 600;

/**
 * Every job: one attempt (a retry would judge twice), removed as soon as it completes (the web
 * node reads the result from the completion event, not from the job), failed jobs kept briefly.
 */
export const JUDGE_JOB_OPTIONS: JobsOptions = {
  attempts: 1,
  removeOnComplete: true,
  removeOnFail: { age: FAILED_JOB_KEPT_S },
};

/** Completion events (results, never code) kept in the queue's event stream. */
export const JUDGE_EVENTS_MAX_LEN = 1_000;

/** The queue's event stream (waiting, active, stalled, completed, failed) over `connection`. */
export function judgeQueueEvents(connection: Redis): QueueEvents {
  return new QueueEvents(JUDGE_QUEUE_NAME, { connection });
}
