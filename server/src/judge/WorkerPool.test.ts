import { describe, expect, it } from 'vitest';
import { createJudge, JudgeBusyError, JudgeClosedError } from './createJudge';
import { addQuestion, makeCodingQuestion } from './testQuestions';

const correct = 'function add(a, b) { return a + b; }';
const task = (code: string) =>
  ({ question: addQuestion, language: 'javascript', code, mode: 'submit' }) as const;

async function waitFor(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('judge supervisor', () => {
  it('a worker killed mid-run gives runtime_error; it is replaced and the next submission is judged', async () => {
    const judge = createJudge({ concurrency: 1 });
    try {
      const slow = makeCodingQuestion({
        entry: 'add',
        cpuTimeLimitMs: 5000,
        examples: [{ name: 'spins', args: [], expected: 0 }],
      });
      await waitFor(() => judge.workers().length === 1);
      const pending = judge.run({ ...task('function add() { for (;;) {} }'), question: slow });
      await waitFor(() => judge.workers().some((w) => w.busy));
      const [victim] = judge.workers();
      await new Promise((resolve) => setTimeout(resolve, 100));
      process.kill(victim?.pid ?? -1, 'SIGKILL');
      const result = await pending;
      expect(result.verdict).toBe('runtime_error');
      expect(result.tests[0]?.message).toMatch(
        /judge process running this case stopped unexpectedly/,
      );

      const next = await judge.run(task(correct));
      expect(next.verdict).toBe('accepted');
      expect(judge.workers().map((w) => w.pid)).not.toContain(victim?.pid);
    } finally {
      await judge.close();
    }
  });

  it('a full queue answers JudgeBusyError at once instead of hanging', async () => {
    const judge = createJudge({ concurrency: 1, queueLimit: 1 });
    try {
      await waitFor(() => judge.workers().some((w) => w.ready));
      const spin = task('function add() { for (;;) {} }');
      const first = judge.run(spin);
      const second = judge.run(spin);
      await expect(judge.run(spin)).rejects.toBeInstanceOf(JudgeBusyError);
      expect((await first).verdict).toBe('time_limit_exceeded');
      expect((await second).verdict).toBe('time_limit_exceeded');
    } finally {
      await judge.close();
    }
  });

  it('cases left when the total time budget runs out are reported as skipped', async () => {
    const judge = createJudge({ concurrency: 1, totalTimeMs: 500 });
    try {
      // Each case takes ~200 ms (under its 300 ms limit); the 500 ms budget fits two or three.
      const code =
        'function add(a, b) { const end = Date.now() + 200; while (Date.now() < end); return a + b; }';
      const result = await judge.run(task(code));
      const skipped = result.tests.filter((t) => t.skipped);
      expect(skipped.length).toBeGreaterThanOrEqual(1);
      expect(result.verdict).toBe('time_limit_exceeded');
      for (const t of skipped) {
        expect(t).toMatchObject({ verdict: 'time_limit_exceeded', timeMs: 0 });
        expect(t.message).toMatch(/total time budget/);
      }
    } finally {
      await judge.close();
    }
  });

  it('close() rejects waiting submissions and ends the workers', async () => {
    const judge = createJudge({ concurrency: 1 });
    await waitFor(() => judge.workers().some((w) => w.ready));
    const running = judge.run(task('function add() { for (;;) {} }'));
    await waitFor(() => judge.workers().some((w) => w.busy));
    const waiting = judge.run(task(correct)).catch((error: unknown) => error);
    await judge.close();
    expect(await waiting).toBeInstanceOf(JudgeClosedError);
    expect((await running).verdict).toBe('runtime_error');
    await expect(judge.run(task(correct))).rejects.toBeInstanceOf(JudgeClosedError);
  });
});
