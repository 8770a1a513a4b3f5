import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBank } from '../../bank/loadBank';
import type { CodingQuestion, QuestionBank } from '../../bank/types';
import { customInputQuestion } from '../../http/routes/customRun';
import { jobFromTask } from './jobFromTask';
import { JudgeJobDataSchema } from './judgeQueueProtocol';
import { JudgeJobRefusedError, taskFromJob } from './taskFromJob';

const JUDGE_BANK = path.resolve(import.meta.dirname, '../../../../tests/fixtures/judge/bank');

let bank: QuestionBank;
let question: CodingQuestion;

beforeAll(async () => {
  bank = await loadBank(JUDGE_BANK);
  question = bank.coding('add-latencies')!;
});

describe('a queued judge job', () => {
  it('carries the question by id and hash, never its tests, and the worker rebuilds the task', () => {
    const data = jobFromTask(
      { question, language: 'javascript', code: 'function addLatencies() {}', mode: 'submit' },
      bank,
    );
    expect(data).toEqual({
      questionId: 'add-latencies',
      contentHash: question.contentHash,
      language: 'javascript',
      code: 'function addLatencies() {}',
      mode: 'submit',
    });
    expect(JSON.stringify(data)).not.toContain('987654321');
    const task = taskFromJob(JSON.parse(JSON.stringify(data)), bank);
    expect(task.question).toBe(question);
    expect(task).toMatchObject({ language: 'javascript', mode: 'submit' });
  });

  it("carries a run on the person's own input as its one example, with no hidden cases", () => {
    const custom = customInputQuestion(question, { args: [1, 2] });
    const data = jobFromTask(
      { question: custom, language: 'javascript', code: '', mode: 'run' },
      bank,
    );
    expect(data.examples).toEqual([{ name: 'your input', args: [1, 2], expected: null }]);
    const task = taskFromJob(data, bank);
    expect(task.question.examples).toEqual(custom.examples);
    expect(task.question.hidden).toEqual([]);
  });

  it('is refused by a worker whose bank holds another version of the question', () => {
    const data = jobFromTask({ question, language: 'javascript', code: '', mode: 'run' }, bank);
    const other = { ...data, contentHash: 'f'.repeat(64) };
    expect(() => taskFromJob(other, bank)).toThrow(JudgeJobRefusedError);
    expect(() => taskFromJob(other, bank)).toThrow(/differs from the web node's/);
    expect(() => taskFromJob({ ...data, questionId: 'no-such-question' }, bank)).toThrow(
      /has no coding question "no-such-question"/,
    );
    expect(() => taskFromJob({ ...data, code: 42 }, bank)).toThrow(/malformed/);
  });

  it('is never built for bank tooling: revealed hidden cases or a changed copy', () => {
    const base = { language: 'javascript', code: '', mode: 'submit' } as const;
    expect(() => jobFromTask({ ...base, question, revealHidden: true }, bank)).toThrow(
      /never reveals/,
    );
    const lifted = { ...question, frontMatter: { ...question.frontMatter, cpuTimeLimitMs: 9_000 } };
    expect(() => jobFromTask({ ...base, question: lifted }, bank)).toThrow(/changed copy/);
  });

  it('holds at most one custom example', () => {
    const data = jobFromTask({ question, language: 'javascript', code: '', mode: 'run' }, bank);
    const two = { ...data, examples: question.examples };
    expect(JudgeJobDataSchema.safeParse(two).success).toBe(false);
  });
});
