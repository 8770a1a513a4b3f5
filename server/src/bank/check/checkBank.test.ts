import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '@mockloop/shared';
import { createJudge, type Judge } from '../../judge';
import { checkBank, type BankReport } from './checkBank';
import { formatReport } from './formatReport';

const SMALL_BANK = path.resolve(import.meta.dirname, '../../../../tests/fixtures/banks/small');
let judge: Judge;
const temps: string[] = [];

beforeAll(() => {
  judge = createJudge({ concurrency: 2 });
});
afterAll(async () => {
  await judge.close();
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

function copyBank(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-check-'));
  temps.push(dir);
  fs.cpSync(SMALL_BANK, dir, { recursive: true });
  return dir;
}

function problemsOf(report: BankReport, where: string): string[] {
  return report.questions.find((q) => q.where === where)?.problems ?? [];
}

describe('checkBank with the real judge', () => {
  it('passes the small fixture bank and counts it', async () => {
    const report = await checkBank(SMALL_BANK, { judge, concurrency: 4 });
    expect(report.questions.flatMap((q) => q.problems)).toEqual([]);
    expect(report.ok).toBe(true);
    // One solution, two starters, four trivial answers and two fixtures.
    expect(report.questions.find((q) => q.id === 'count-multiples')?.judgeRuns).toBe(9);
    expect(report.counts?.byKind.coding).toEqual({ easy: 1, medium: 1, hard: 0 });
    expect(report.counts?.byCompetency['problem-solving']).toBe(2);
    expect(report.counts?.coding).toMatchObject({ function: 1, class: 1 });
    expect(formatReport(report)).toMatch(/OK: 5 questions checked, 17 judge runs/);
  });

  it('reports a wrong reference solution, an accepted starter and a fixture with the wrong verdict', async () => {
    const dir = copyBank();
    const q = path.join(dir, 'coding/count-multiples');
    fs.writeFileSync(
      path.join(q, 'solution.ts'),
      'export function countMultiples(n: number, k: number) { return Math.ceil(n / k); }\n',
    );
    fs.writeFileSync(
      path.join(q, 'starter.js'),
      'function countMultiples(n, k) { return Math.floor(n / k); }\n',
    );
    fs.renameSync(
      path.join(q, 'fixtures/off-by-one.wrong_answer.js'),
      path.join(q, 'fixtures/off-by-one.accepted.js'),
    );
    const report = await checkBank(dir, { judge, concurrency: 4, only: ['count-multiples'] });
    expect(report.ok).toBe(false);
    const problems = problemsOf(report, 'coding/count-multiples');
    expect(problems).toHaveLength(3);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^reference solution \(typescript\) is not accepted: 5\/10 passed; "ten by three" wrong_answer \(got 4\)/,
        ),
        'starter (javascript) is accepted as it stands; a starter must leave the work to the candidate',
        expect.stringMatching(
          /^fixtures\/off-by-one\.accepted\.js got wrong_answer, expected accepted/,
        ),
      ]),
    );
    expect(report.questions).toHaveLength(1);
  });

  it('reports vacuous cases that a trivial answer passes, and a starter that does not compile', async () => {
    const dir = copyBank();
    const q = path.join(dir, 'coding/count-multiples');
    const identity = (n: number) => ({ name: `n=${n}`, args: [n, 1], expected: n });
    fs.writeFileSync(
      path.join(q, 'tests.json'),
      JSON.stringify({
        examples: [identity(3), identity(4)],
        hidden: [5, 6, 7, 8, 9, 10, 11, 12].map(identity),
      }),
    );
    fs.rmSync(path.join(q, 'fixtures'), { recursive: true });
    fs.writeFileSync(path.join(q, 'starter.ts'), 'export function countMultiples(n: number {\n');
    const report = await checkBank(dir, { judge, concurrency: 4, only: ['count-multiples'] });
    expect(problemsOf(report, 'coding/count-multiples')).toEqual(
      expect.arrayContaining([
        'a function that returns its first argument is accepted: the cases are vacuous',
        expect.stringMatching(/^starter \(typescript\) does not compile/),
        expect.stringMatching(/^needs a fixtures\/<name>\.time_limit_exceeded\.ts/),
      ]),
    );
  });

  it('warns, without failing, when a reference solution is near its CPU limit', async () => {
    const dir = copyBank();
    fs.writeFileSync(
      path.join(dir, 'coding/count-multiples/solution.ts'),
      `export function countMultiples(n: number, k: number): number {
        if (n === 1e12) for (const end = Date.now() + 320; Date.now() < end; );
        return Math.floor(n / k);
      }\n`,
    );
    const report = await checkBank(dir, { judge, concurrency: 4, only: ['count-multiples'] });
    expect(report.ok).toBe(true);
    expect(report.questions[0]?.warnings).toEqual([
      expect.stringMatching(
        /^reference solution \(typescript\) takes \d+ ms of the 500 ms limit on "large n"/,
      ),
    ]);
    expect(formatReport(report)).toContain('      ! reference solution');
  });

  it('checks the written rules of every kind and still checks valid questions when a file is broken', async () => {
    const dir = copyBank();
    const edit = (file: string, change: (t: string) => string) =>
      fs.writeFileSync(path.join(dir, file), change(fs.readFileSync(path.join(dir, file), 'utf8')));
    edit('behavioral/mentoring-a-junior.md', (t) =>
      t.replace('## Red flags {interviewer}', '## Notes {interviewer}'),
    );
    edit('system-design/url-shortener.md', (t) =>
      t.replace('## Rubric {interviewer}', '## Scoring {interviewer}'),
    );
    edit('behavioral/disagree-with-senior.md', (t) =>
      t.replace('difficulty: medium', 'difficulty: tough'),
    );
    const report = await checkBank(dir, {
      judge,
      concurrency: 4,
      only: ['mentoring-a-junior', 'url-shortener'],
    });
    expect(report.loadProblems).toEqual([
      expect.objectContaining({
        file: 'behavioral/disagree-with-senior.md',
        field: 'front matter.difficulty',
      }),
    ]);
    expect(problemsOf(report, 'behavioral/mentoring-a-junior.md')).toEqual([
      'needs a non-empty {interviewer} section "Red flags"',
    ]);
    expect(problemsOf(report, 'system-design/url-shortener.md')).toEqual([
      'needs a non-empty {interviewer} section "Rubric"',
    ]);
    expect(formatReport(report)).toMatch(/FAILED: 3 problems/);
  });
});

describe('checkBank retries a time-out alone', () => {
  // A stand-in judge: the point here is the order of runs, not the sandbox.
  function scriptedJudge(timeouts: number) {
    let solutionRuns = 0;
    const concurrentAtRetry: number[] = [];
    let inFlight = 0;
    return {
      concurrentAtRetry,
      async run(task: { code: string }): Promise<RunResult> {
        inFlight++;
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        const isSolution = task.code.includes('Math.floor(n / k)') && task.code.includes('export');
        if (!isSolution) return { verdict: 'wrong_answer', passed: 0, total: 1, tests: [] };
        solutionRuns++;
        if (solutionRuns > 1) concurrentAtRetry.push(inFlight);
        const timedOut = solutionRuns <= timeouts;
        return {
          verdict: timedOut ? 'time_limit_exceeded' : 'accepted',
          passed: timedOut ? 0 : 1,
          total: 1,
          tests: [
            {
              name: 'large',
              hidden: true,
              verdict: timedOut ? 'time_limit_exceeded' : 'accepted',
              timeMs: 1,
            },
          ],
        };
      },
    };
  }

  it('passes a solution that timed out among parallel runs, with a warning', async () => {
    const judge = scriptedJudge(1);
    const report = await checkBank(SMALL_BANK, {
      judge,
      concurrency: 4,
      only: ['count-multiples'],
    });
    const q = report.questions[0];
    expect(q?.problems.filter((p) => p.startsWith('reference'))).toEqual([]);
    expect(q?.warnings).toEqual([
      'reference solution (typescript) timed out among parallel runs and passed only when run alone',
    ]);
    expect(judge.concurrentAtRetry).toEqual([0]);
  });

  it('reports a solution that times out alone too', async () => {
    const report = await checkBank(SMALL_BANK, {
      judge: scriptedJudge(2),
      concurrency: 4,
      only: ['count-multiples'],
    });
    expect(report.questions[0]?.problems).toContainEqual(
      expect.stringMatching(
        /^reference solution \(typescript\) is not accepted: 0\/1 passed; "large" \(hidden\) time_limit_exceeded/,
      ),
    );
  });
});
