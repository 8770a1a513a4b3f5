import { afterAll, describe, expect, it } from 'vitest';
import { createJudge } from './createJudge';
import { makeCodingQuestion } from './testQuestions';

/*
 * The supervisor's resident-memory ceiling, with a real worker and a real allocation. The isolate
 * allows 112 MiB of typed array under a 128 MB limit; with no overhead allowed the ceiling is
 * 128 MB, which the worker passes (its own ~40-60 MB plus the array), so the supervisor must kill
 * it. The default ceiling judges the same code normally.
 */
const hog = makeCodingQuestion({
  entry: 'hog',
  // Generous: filling 112 MiB takes seconds on a loaded machine.
  cpuTimeLimitMs: 8000,
  memoryLimitMb: 128,
  examples: [{ name: 'hogs', args: [], expected: 1 }],
  hidden: [{ name: 'hogs again', args: [], expected: 1 }],
});
// Holds the memory a moment, so the supervisor's sampling surely sees it.
const HOG_CODE = `function hog() {
  const block = new Uint8Array(112 * 1024 * 1024).fill(7);
  const until = Date.now() + 300;
  while (Date.now() < until);
  return block[block.length - 1] === 7 ? 1 : 0;
}`;
const run = { question: hog, language: 'javascript', code: HOG_CODE, mode: 'submit' } as const;

const limits = { concurrency: 1, totalTimeMs: 30_000, lazy: true };
const tight = createJudge({ ...limits, workerMemoryOverheadMb: 0 });
const roomy = createJudge(limits);
afterAll(async () => {
  await Promise.all([tight.close(), roomy.close()]);
});

// Starting workers, filling 112 MiB and starting a replacement take many seconds on a busy machine.
const SLOW = { timeout: 90_000 };

describe('worker resident-memory ceiling', () => {
  it(
    'a worker past its ceiling is killed: memory_limit_exceeded, later cases skipped, worker replaced',
    SLOW,
    async () => {
      const result = await tight.run(run);
      expect(result.verdict).toBe('memory_limit_exceeded');
      expect(result.tests[0]).toMatchObject({ verdict: 'memory_limit_exceeded', hidden: false });
      expect(result.tests[0]?.message).toMatch(/128 MB ceiling/);
      expect(result.tests[1]).toMatchObject({ verdict: 'memory_limit_exceeded', skipped: true });

      const victims = new Set(tight.workers().map((w) => w.pid));
      const small = await tight.run({ ...run, code: 'function hog() { return 1; }' });
      expect(small.verdict).toBe('accepted');
      expect(tight.workers()).toHaveLength(1);
      expect(tight.workers().some((w) => victims.has(w.pid))).toBe(false);
    },
  );

  it(
    'the default ceiling (memory limit + 256 MB) lets the same submission through',
    SLOW,
    async () => {
      const result = await roomy.run({ ...run, mode: 'run' });
      expect(result.verdict).toBe('accepted');
    },
  );
});
