import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { RunResultSchema } from '@mockloop/shared';
import type { QuestionBank } from '../../bank/types';
import type { Logger } from '../../logger';
import { connectRedis } from '../../redis/connectRedis';
import { JudgeBusyError, JudgeClosedError, type Judge } from '../createJudge';
import { jobFromTask } from './jobFromTask';
import { JobEndedError, JobResults } from './JobResults';
import {
  JUDGE_EVENTS_MAX_LEN,
  JUDGE_JOB_OPTIONS,
  JUDGE_QUEUE_NAME,
  judgeQueueEvents,
} from './judgeQueueProtocol';

export interface QueueJudgeOptions {
  redisUrl: string;
  /** The bank this node serves; a job names its question by id and content hash. */
  bank: QuestionBank;
  log: Logger;
  /** Submissions allowed to wait for a worker; one more gets `JudgeBusyError`. Default 64. */
  queueLimit?: number;
  /** How long a web node waits for a job's result, queueing included. Default 60 000 ms. */
  resultTimeoutMs?: number;
  /** Longest a health check waits for Redis. Default 1 000 ms. */
  healthTimeoutMs?: number;
}

/**
 * The queue (or its workers) cannot judge right now: a 503 `busy` with Retry-After, like a full
 * local queue, so clients and the practice rounds' retries treat it the same way.
 */
export class JudgeUnavailableError extends JudgeBusyError {
  constructor(message: string) {
    super();
    this.message = message;
    this.name = 'JudgeUnavailableError';
  }
}

const STALLED_TWICE = 'job stalled more than allowable limit';

/**
 * A judge for web nodes that judges nothing itself: each submission becomes a BullMQ job that
 * `npm run judge:worker` processes on any machine, and `run` resolves with the worker's result.
 *
 * @example
 * const judge = createQueueJudge({ redisUrl: config.redisUrl, bank, log });
 * const result = await judge.run({ question, language: 'javascript', code, mode: 'run' });
 */
export function createQueueJudge(options: QueueJudgeOptions): Judge {
  const { bank, log } = options;
  const queueLimit = Math.max(0, options.queueLimit ?? 64);
  const resultTimeoutMs = options.resultTimeoutMs ?? 60_000;
  const healthTimeoutMs = options.healthTimeoutMs ?? 1_000;
  const commands = connectRedis(options.redisUrl, log, 'command');
  const listening = connectRedis(options.redisUrl, log, 'blocking');
  const queue = new Queue(JUDGE_QUEUE_NAME, {
    connection: commands,
    streams: { events: { maxLen: JUDGE_EVENTS_MAX_LEN } },
  });
  const events = judgeQueueEvents(listening);
  const results = new JobResults(events);
  queue.on('error', (error) => log.warn({ err: error }, 'judge queue error'));
  events.on('error', (error) => log.warn({ err: error }, 'judge queue events error'));
  let closed = false;

  async function enqueue(data: ReturnType<typeof jobFromTask>): Promise<unknown> {
    await withTimeout(events.waitUntilReady(), resultTimeoutMs);
    if ((await queue.getWaitingCount()) >= queueLimit) throw new JudgeBusyError();
    const jobId = randomUUID();
    const outcome = results.wait(jobId, resultTimeoutMs);
    try {
      await queue.add('judge', data, { ...JUDGE_JOB_OPTIONS, jobId });
    } catch (error) {
      results.forget(jobId);
      throw error;
    }
    try {
      return await outcome;
    } catch (error) {
      // Still waiting means never started: take it back so nobody judges it for no one.
      if (error instanceof JobEndedError && error.reason === 'timeout') {
        await queue.remove(jobId).catch(() => 0);
      }
      throw error;
    }
  }

  function unavailable(error: unknown): Error {
    if (error instanceof JudgeBusyError || error instanceof JudgeClosedError) return error;
    if (error instanceof JobEndedError) {
      if (error.reason === 'closed') return new JudgeClosedError();
      if (error.reason === 'timeout') {
        return new JudgeUnavailableError(
          `The judge did not answer within ${Math.round(resultTimeoutMs / 1000)} s; try again in a moment.`,
        );
      }
      log.warn({ reason: error.message }, 'judge job failed');
      return new JudgeUnavailableError(
        error.message === STALLED_TWICE
          ? 'The judge stopped twice while judging this submission; it was not judged.'
          : 'The judge could not judge this submission; try again in a moment.',
      );
    }
    log.warn({ err: error }, 'judge queue unreachable');
    return new JudgeUnavailableError('The judge queue is unreachable; try again in a moment.');
  }

  return {
    async run(task) {
      if (closed) throw new JudgeClosedError();
      const data = jobFromTask(task, bank);
      let value: unknown;
      try {
        value = await enqueue(data);
      } catch (error) {
        throw unavailable(error);
      }
      const parsed = RunResultSchema.safeParse(value);
      if (!parsed.success) throw unavailable(new Error('a judge worker sent a malformed result'));
      return parsed.data;
    },
    // The sandbox processes run on the workers' machines, not here.
    workers: () => [],
    async health() {
      if (closed) return { ok: false, detail: 'the judge is closed' };
      try {
        const count = await withTimeout(queue.getWorkersCount(), healthTimeoutMs);
        return count > 0
          ? { ok: true }
          : {
              ok: false,
              detail: 'no judge worker is connected to the queue (npm run judge:worker)',
            };
      } catch {
        return { ok: false, detail: `redis did not answer within ${healthTimeoutMs} ms` };
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      results.closeAll();
      await Promise.allSettled([events.close(), queue.close()]);
      commands.disconnect();
      listening.disconnect();
    },
  };
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}
