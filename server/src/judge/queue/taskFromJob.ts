import type { QuestionBank } from '../../bank/types';
import type { JudgeTask } from '../createJudge';
import { JudgeJobDataSchema } from './judgeQueueProtocol';

/** A job this worker must not judge; the message says why, and reaches the web node's log. */
export class JudgeJobRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JudgeJobRefusedError';
  }
}

/**
 * The task a queued job stands for, built from this worker's own bank: the question must exist
 * here with the very content hash the web node saw, or the verdict would be against other tests.
 */
export function taskFromJob(data: unknown, bank: QuestionBank): JudgeTask {
  const parsed = JudgeJobDataSchema.safeParse(data);
  if (!parsed.success) throw new JudgeJobRefusedError('The judge job is malformed.');
  const job = parsed.data;
  const question = bank.coding(job.questionId);
  if (!question) {
    throw new JudgeJobRefusedError(
      `The judge worker's bank has no coding question "${job.questionId}"; deploy the same bank to web nodes and workers.`,
    );
  }
  if (question.contentHash !== job.contentHash) {
    throw new JudgeJobRefusedError(
      `The judge worker's version of "${job.questionId}" differs from the web node's (content hash ${question.contentHash.slice(0, 12)} here, ${job.contentHash.slice(0, 12)} there); deploy the same bank to web nodes and workers.`,
    );
  }
  const asked = job.examples ? { ...question, examples: job.examples, hidden: [] } : question;
  return { question: asked, language: job.language, code: job.code, mode: job.mode };
}
