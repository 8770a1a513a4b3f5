import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '@mockloop/shared';
import { createJudge, type Judge, type JudgeTask } from './createJudge';
import { addQuestion, counterQuestion, makeCodingQuestion } from './testQuestions';

let judge: Judge;
beforeAll(() => {
  judge = createJudge({ concurrency: 2, logCapChars: 200 });
});
afterAll(async () => {
  await judge.close();
});

function run(code: string, overrides: Partial<JudgeTask> = {}): Promise<RunResult> {
  return judge.run({
    question: addQuestion,
    language: 'javascript',
    code,
    mode: 'submit',
    ...overrides,
  });
}
const verdicts = (result: RunResult) => result.tests.map((t) => t.verdict);

describe('verdicts (function style)', () => {
  it('accepted: every case passes; hidden cases carry only name, verdict and time', async () => {
    const result = await run('function add(a, b) { console.log("adding", a, b); return a + b; }');
    expect(result).toMatchObject({ verdict: 'accepted', passed: 4, total: 4 });
    expect(result.tests[0]).toMatchObject({
      name: 'small numbers',
      hidden: false,
      input: [1, 2],
      expected: 3,
      actual: 3,
      logs: 'adding 1 2\n',
    });
    for (const hidden of result.tests.filter((t) => t.hidden)) {
      expect(Object.keys(hidden).sort()).toEqual(['hidden', 'name', 'timeMs', 'verdict']);
    }
  });

  it('wrong_answer shows expected and actual for examples', async () => {
    const result = await run('function add(a, b) { return a - b; }');
    expect(result.verdict).toBe('wrong_answer');
    expect(result.tests[0]).toMatchObject({ verdict: 'wrong_answer', expected: 3, actual: -1 });
  });

  it('the first failing case in test order decides, hidden cases included', async () => {
    const result = await run(
      'function add(a, b) { if (a === 0) throw new Error("zero"); return a + b; }',
    );
    expect(verdicts(result)).toEqual(['accepted', 'accepted', 'accepted', 'runtime_error']);
    expect(result).toMatchObject({ verdict: 'runtime_error', passed: 3 });
    // A hidden case's error text could carry its input: it is never shown.
    expect(result.tests[3]?.message).toBeUndefined();
  });

  it('runtime_error carries the error message', async () => {
    const result = await run('function add() { return undefinedThing.x; }');
    expect(result.tests[0]).toMatchObject({
      verdict: 'runtime_error',
      message: 'ReferenceError: undefinedThing is not defined',
    });
  });

  it('runtime_error when the entry is missing', async () => {
    const result = await run('function plus(a, b) { return a + b; }');
    expect(result.tests[0]?.message).toBe(
      'The submission must declare a top-level function named add.',
    );
  });

  it('time_limit_exceeded for a busy loop, within the CPU limit plus a margin, later cases skipped', async () => {
    const result = await run('function add() { for (;;) {} }');
    expect(result.verdict).toBe('time_limit_exceeded');
    expect(result.tests[0]?.timeMs).toBeGreaterThanOrEqual(290);
    expect(result.tests[0]?.timeMs).toBeLessThan(300 * 1.5 + 100 + 300);
    expect(
      result.tests.slice(1).every((t) => t.skipped && t.verdict === 'time_limit_exceeded'),
    ).toBe(true);
  });

  it('time_limit_exceeded for a promise that never settles (host wall clock)', async () => {
    const result = await run('async function add() { await new Promise(() => {}); }');
    expect(result.tests[0]?.verdict).toBe('time_limit_exceeded');
    expect(result.tests[0]?.timeMs).toBeLessThan(300 * 1.5 + 100 + 300);
  });

  it('memory_limit_exceeded for a growing heap', async () => {
    // A CPU limit the heap outgrows long before: on a busy machine, 300 ms can run out first.
    const roomyCpu = makeCodingQuestion({
      entry: 'add',
      cpuTimeLimitMs: 5000,
      memoryLimitMb: 32,
      examples: addQuestion.examples,
    });
    const result = await run(
      'function add() { const k = []; for (;;) k.push(new Array(1e5).fill(7)); }',
      { question: roomyCpu },
    );
    expect(result.verdict).toBe('memory_limit_exceeded');
  });

  it('compile_error with line and column, for JavaScript and TypeScript', async () => {
    const js = await run('function add(a, b) {\n  return a +* b;\n}');
    expect(js.verdict).toBe('compile_error');
    expect(js.tests[0]?.message).toMatch(/^Line 2, column 13: /);
    const ts = await run('function add(a: number, b: number): number {\n  return a b;\n}', {
      language: 'typescript',
    });
    expect(ts.tests.every((t) => t.verdict === 'compile_error')).toBe(true);
    expect(ts.tests[0]?.message).toMatch(/^Line 2, column 12: /);
  });
});

describe('languages and shapes', () => {
  it('TypeScript: types are stripped, type errors are not errors', async () => {
    const code =
      'interface P { a: number }\nexport function add(a: number, b: number): string {\n  const p: P = { a };\n  return p.a + b;\n}';
    expect((await run(code, { language: 'typescript' })).verdict).toBe('accepted');
  });

  it('export before the entry is accepted (export function, export const, export default)', async () => {
    expect((await run('export function add(a, b) { return a + b; }')).verdict).toBe('accepted');
    expect((await run('export const add = (a, b) => a + b;')).verdict).toBe('accepted');
    expect((await run('export default function (a, b) { return a + b; }')).verdict).toBe(
      'accepted',
    );
  });

  it('a submission may declare its own module and exports', async () => {
    const code =
      'const module = 5;\nlet exports = 1;\nexport function add(a, b) { return a + b + module - 5 + exports - 1; }';
    expect((await run(code)).verdict).toBe('accepted');
    expect((await run('var module = 1;\nconst add = (a, b) => a + b;')).verdict).toBe('accepted');
  });

  it('async entries are awaited', async () => {
    const code = 'async function add(a, b) { await null; return Promise.resolve(a + b); }';
    expect((await run(code)).verdict).toBe('accepted');
  });

  it('class style: construct, call each method (awaited), constructor and undefined count as null', async () => {
    const code = `class Counter {
      constructor(start) { this.n = start; }
      inc() { this.n++; }
      async get() { return this.n; }
    }`;
    const result = await judge.run({
      question: counterQuestion,
      language: 'javascript',
      code,
      mode: 'submit',
    });
    expect(result).toMatchObject({ verdict: 'accepted', passed: 2, total: 2 });
    expect(result.tests[0]?.actual).toEqual([null, null, null, 7]);
    expect(result.tests[0]?.input).toEqual([['Counter', 5], ['inc'], ['inc'], ['get']]);

    const wrong = await judge.run({
      question: counterQuestion,
      language: 'typescript',
      code: 'export class Counter { constructor(private n: number) {} inc() { return this.n; } get() { return this.n; } }',
      mode: 'run',
    });
    expect(wrong).toMatchObject({ verdict: 'wrong_answer', total: 1 });
    expect(wrong.tests[0]?.actual).toEqual([null, 5, 5, 5]);
  });

  it('run mode judges the examples only', async () => {
    const result = await run('const add = (a, b) => a + b;', { mode: 'run' });
    expect(result).toMatchObject({ verdict: 'accepted', passed: 2, total: 2 });
  });

  it('unordered and float comparators reach the verdict', async () => {
    const pairs = makeCodingQuestion({
      entry: 'pairs',
      compare: 'unordered',
      examples: [
        {
          name: 'any order',
          args: [],
          expected: [
            [1, 2],
            [3, 4],
          ],
        },
      ],
    });
    const pairsTask = { question: pairs, language: 'javascript', mode: 'run' } as const;
    expect(
      (await judge.run({ ...pairsTask, code: 'const pairs = () => [[3, 4], [1, 2]];' })).verdict,
    ).toBe('accepted');
    expect(
      (await judge.run({ ...pairsTask, code: 'const pairs = () => [[4, 3], [1, 2]];' })).verdict,
    ).toBe('wrong_answer');

    const mean = makeCodingQuestion({
      entry: 'mean',
      compare: 'float',
      tolerance: 1e-6,
      examples: [{ name: 'thirds', args: [[1, 1, 2]], expected: 1.333333 }],
    });
    const meanTask = { question: mean, language: 'javascript', mode: 'run' } as const;
    const good = 'const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;';
    expect((await judge.run({ ...meanTask, code: good })).verdict).toBe('accepted');
    expect((await judge.run({ ...meanTask, code: 'const mean = () => 1.3334;' })).verdict).toBe(
      'wrong_answer',
    );
  });
});

describe('isolation and output', () => {
  it('every case runs in a fresh context: globals do not leak between cases', async () => {
    const code =
      'globalThis.calls = (globalThis.calls ?? 0) + 1;\nfunction add(a, b) { return calls === 1 ? a + b : -1; }';
    expect((await run(code)).verdict).toBe('accepted');
  });

  it('console output is capped per submission and marked truncated', async () => {
    const result = await run('function add(a, b) { console.log("x".repeat(150)); return a + b; }');
    const [first, second] = result.tests;
    expect(first?.logs).toHaveLength(151);
    expect(second?.logs?.length ?? 0).toBe(49);
    expect(second?.logsTruncated).toBe(true);
    // Later cases print into a spent budget: nothing is kept, and the cut is still marked.
    const third = await run('function add(a, b) { console.log("x".repeat(300)); return a + b; }', {
      mode: 'run',
    });
    expect(third.tests[1]).toMatchObject({ logsTruncated: true });
    expect(third.tests[1]?.logs).toBeUndefined();
    expect(result.verdict).toBe('accepted');
  });

  it('results that are not plain JSON data get a verdict, never a crash', async () => {
    const toJson = await run('function add() { return { toJSON() { return 3; } }; }');
    expect(toJson.tests[0]).toMatchObject({ verdict: 'wrong_answer' });
    expect(toJson.tests[0]?.message).toMatch(/not plain JSON data/);
    const getter = await run(
      'function add() { return { get x() { throw new Error("gotcha"); } }; }',
    );
    expect(getter.tests[0]).toMatchObject({ verdict: 'runtime_error', message: 'Error: gotcha' });
    const map = await run('function add() { return new Map([[1, 2]]); }');
    expect(map.tests[0]?.message).toMatch(/\[object Map\] is not a plain JSON object/);
    const cyclic = await run('function add() { const a = []; a.push(a); return a; }');
    expect(cyclic.tests[0]?.verdict).toBe('wrong_answer');
  });

  it('tampering with built-ins cannot fool the comparison', async () => {
    const code = `JSON.stringify = () => '3';
      JSON.parse = () => 3;
      Array.prototype.every = () => true;
      Object.keys = () => [];
      Array.isArray = () => false;
      function add() { return 99; }`;
    const result = await run(code);
    expect(verdicts(result).every((v) => v === 'wrong_answer')).toBe(true);
    expect(result.tests[0]?.actual).toBe(99);
  });
});
