import { afterAll, describe, expect, it } from 'vitest';
import { createJudge, JudgeBusyError, JudgeClosedError, type Judge } from '../../judge';
import { makeCodingQuestion } from '../../judge/testQuestions';
import { RoundJudge } from './RoundJudge';

const question = makeCodingQuestion({
  entry: 'double',
  examples: [{ name: 'two', args: [2], expected: 4 }],
  hidden: [{ name: 'three', args: [3], expected: 6 }],
});
const task = (code: string) =>
  ({ question, language: 'javascript', code, mode: 'submit' }) as const;

// One worker and no queue: a second submission at once is refused as busy.
const judge = createJudge({ concurrency: 1, queueLimit: 0, lazy: true });
afterAll(async () => {
  await judge.close();
});

/** The real judge, counting the busy refusals it answers. */
function countingBusy(inner: Judge): Judge & { busy: number } {
  const counted = {
    busy: 0,
    run: async (t: Parameters<Judge['run']>[0]) => {
      try {
        return await inner.run(t);
      } catch (error) {
        if (error instanceof JudgeBusyError) counted.busy += 1;
        throw error;
      }
    },
    workers: () => inner.workers(),
    health: () => inner.health(),
    close: () => inner.close(),
  };
  return counted;
}

describe('RoundJudge', () => {
  it('[ST4] retries a busy judge until every closed round is judged', async () => {
    const counted = countingBusy(judge);
    const retries: number[] = [];
    const rounds = new RoundJudge(
      counted,
      { maxInFlight: 4, firstRetryMs: 5, maxRetryMs: 40 },
      (_e, ms) => retries.push(ms),
    );
    const codes = ['x * 2', 'x + x', 'x * 3', '2 * x'];
    const results = await Promise.all(
      codes.map((body) => rounds.run(task(`function double(x) { return ${body}; }`))),
    );
    expect(results.map((r) => r.verdict)).toEqual([
      'accepted',
      'accepted',
      'wrong_answer',
      'accepted',
    ]);
    expect(counted.busy).toBeGreaterThan(0);
    expect(retries.length).toBe(counted.busy);
    // Back-off doubles and stops at the ceiling.
    expect(Math.max(...retries)).toBeLessThanOrEqual(40);
  });

  it('keeps at most maxInFlight submissions in the judge', async () => {
    let inJudge = 0;
    let most = 0;
    const watching: Judge = {
      run: async (t) => {
        inJudge += 1;
        most = Math.max(most, inJudge);
        try {
          return await judge.run(t);
        } finally {
          inJudge -= 1;
        }
      },
      workers: () => judge.workers(),
      health: () => judge.health(),
      close: () => judge.close(),
    };
    const rounds = new RoundJudge(watching, { maxInFlight: 1 });
    const code = 'function double(x) { return x * 2; }';
    await Promise.all([1, 2, 3].map(() => rounds.run(task(code))));
    expect(most).toBe(1);
  });

  it('gives up with JudgeClosedError once closed, leaving the round for the next start-up', async () => {
    const closedJudge = createJudge({ concurrency: 1, lazy: true });
    await closedJudge.close();
    const rounds = new RoundJudge(closedJudge);
    await expect(rounds.run(task('function double(x) { return x; }'))).rejects.toBeInstanceOf(
      JudgeClosedError,
    );
  });
});
