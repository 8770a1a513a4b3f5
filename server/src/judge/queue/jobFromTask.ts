import type { QuestionBank } from '../../bank/types';
import type { JudgeTask } from '../createJudge';
import type { JudgeJobData } from './judgeQueueProtocol';

/**
 * The job for a task: the question by id and content hash, plus the code. A task may only be a
 * bank question as loaded, or that question with one example of the person's own input and no
 * hidden cases (`POST /api/runs/custom`); anything else (lifted limits, revealed hidden cases)
 * is bank tooling, which runs a local judge.
 */
export function jobFromTask(task: JudgeTask, bank: QuestionBank): JudgeJobData {
  const { question } = task;
  const loaded = bank.coding(question.id);
  if (!loaded || loaded.contentHash !== question.contentHash) {
    throw new Error(`The queue judge judges questions of the loaded bank only ("${question.id}").`);
  }
  if (task.revealHidden) throw new Error('The queue judge never reveals hidden cases.');
  const job: JudgeJobData = {
    questionId: question.id,
    contentHash: question.contentHash,
    language: task.language,
    code: task.code,
    mode: task.mode,
  };
  if (question === loaded) return job;
  const [custom, ...more] = question.examples;
  const ownInput =
    question.frontMatter === loaded.frontMatter &&
    question.hidden.length === 0 &&
    custom !== undefined &&
    more.length === 0;
  if (!ownInput) {
    throw new Error(`The queue judge cannot judge a changed copy of "${question.id}".`);
  }
  return { ...job, examples: [custom] };
}
