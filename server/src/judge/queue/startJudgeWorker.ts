import os from 'node:os';
import { Worker } from 'bullmq';
import type { RunResult } from '@mockloop/shared';
import type { QuestionBank } from '../../bank/types';
import type { Logger } from '../../logger';
import { connectRedis } from '../../redis/connectRedis';
import { createJudge } from '../createJudge';
import {
  JUDGE_LOCK_MS,
  JUDGE_MAX_STALLED,
  JUDGE_QUEUE_NAME,
  JUDGE_STALLED_INTERVAL_MS,
} from './judgeQueueProtocol';
import { taskFromJob } from './taskFromJob';

export interface JudgeWorkerOptions {
  redisUrl: string;
  /** This machine's copy of the bank; jobs for another version of a question are refused. */
  bank: QuestionBank;
  log: Logger;
  /** Jobs judged at once, one sandbox process each. Default: the number of cores. */
  concurrency?: number;
}

export interface RunningJudgeWorker {
  /** Takes no new job, lets the running ones finish, then stops the sandboxes. */
  close(): Promise<void>;
}

/**
 * Takes submissions from the judge queue and judges them with the local worker pool, with the
 * same limits and verdicts as a single node. A job whose worker dies is taken up by another
 * worker within a few seconds (short lock); a second death fails it.
 */
export async function startJudgeWorker(options: JudgeWorkerOptions): Promise<RunningJudgeWorker> {
  const { bank, log } = options;
  const concurrency = Math.max(1, options.concurrency ?? os.availableParallelism());
  // The queue never hands this process more jobs than it has sandbox workers.
  const judge = createJudge({ concurrency, queueLimit: concurrency });
  const connection = connectRedis(options.redisUrl, log, 'blocking');
  const worker = new Worker<unknown, RunResult>(
    JUDGE_QUEUE_NAME,
    async (job) => {
      const task = taskFromJob(job.data, bank);
      log.info({ jobId: job.id, questionId: task.question.id, mode: task.mode }, 'judging job');
      const result = await judge.run(task);
      log.info({ jobId: job.id, verdict: result.verdict }, 'judged job');
      return result;
    },
    {
      connection,
      concurrency,
      name: `${os.hostname()}-${process.pid}`,
      lockDuration: JUDGE_LOCK_MS,
      stalledInterval: JUDGE_STALLED_INTERVAL_MS,
      maxStalledCount: JUDGE_MAX_STALLED,
    },
  );
  worker.on('error', (error) => log.warn({ err: error }, 'judge worker error'));
  worker.on('failed', (job, error) => {
    log.warn({ jobId: job?.id, reason: error.message }, 'judge job failed');
  });
  await worker.waitUntilReady();
  log.info({ concurrency, pid: process.pid }, 'judge worker ready');
  return {
    async close() {
      await worker.close();
      await judge.close();
      connection.disconnect();
    },
  };
}
