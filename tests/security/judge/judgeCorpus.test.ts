import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERDICTS, type Language, type RunResult, type Verdict } from '@mockloop/shared';
import { createJudge, type Judge } from '../../../server/src/judge';
import { wallTimeLimitMs } from '../../../server/src/judge/runSubmission';
import { makeCodingQuestion } from '../../../server/src/judge/testQuestions';

/*
 * The attack corpus: every file in corpus/ is a submission named `<attack>.<expected verdict>.<js|ts>`
 * for `solve(n) = 2n` (`<verdict>+<verdict>` where the machine's speed decides which limit is hit
 * first). Escape attempts try to write ESCAPE_MARKER; it must never appear.
 */
const CORPUS_DIR = path.join(import.meta.dirname, 'corpus');
const ESCAPE_MARKER = '/tmp/mockloop-judge-escape';
const CPU_LIMIT_MS = 400;
const MEMORY_LIMIT_MB = 32;
/** A submission's wall time may exceed its case's wall limit by the supervisor's kill grace and scheduling. */
const MARGIN_MS = 2500;
const LIMIT_MS = wallTimeLimitMs(CPU_LIMIT_MS) + MARGIN_MS;

interface Attack {
  file: string;
  expected: Verdict[];
  language: Language;
  code: string;
}

const attacks: Attack[] = fs
  .readdirSync(CORPUS_DIR)
  .sort()
  .map((file) => {
    const [, verdicts = '', ext] = file.split('.');
    const expected = verdicts.split('+') as Verdict[];
    for (const verdict of expected) {
      if (!VERDICTS.includes(verdict)) throw new Error(`${file}: unknown verdict ${verdict}`);
    }
    return {
      file,
      expected,
      language: ext === 'ts' ? 'typescript' : 'javascript',
      code: fs.readFileSync(path.join(CORPUS_DIR, file), 'utf8'),
    };
  });

const question = makeCodingQuestion({
  entry: 'solve',
  cpuTimeLimitMs: CPU_LIMIT_MS,
  memoryLimitMb: MEMORY_LIMIT_MB,
  examples: [{ name: 'one', args: [1], expected: 2 }],
  hidden: [{ name: 'twenty-one', args: [21], expected: 42 }],
});
const NORMAL = 'const solve = (n) => n * 2;';

let judge: Judge;
beforeAll(() => {
  fs.rmSync(ESCAPE_MARKER, { force: true });
  judge = createJudge({ concurrency: 2 });
});
afterAll(async () => {
  await judge.close();
});

async function timed(code: string, language: Language): Promise<{ result: RunResult; ms: number }> {
  const started = performance.now();
  const result = await judge.run({ question, language, code, mode: 'submit' });
  return { result, ms: performance.now() - started };
}

function checkAttack(attack: Attack, result: RunResult): void {
  expect(attack.expected, attack.file).toContain(result.verdict);
  for (const test of result.tests) {
    expect(test.timeMs, `${attack.file} ${test.name}`).toBeLessThan(LIMIT_MS);
    if (test.logs) expect(test.logs.length).toBeLessThanOrEqual(64 * 1024);
  }
}

describe('judge attack corpus', () => {
  it('has the attacks the issue lists', () => {
    const names = attacks.map((a) => a.file.split('.')[0]);
    for (const required of [
      'busy-loop',
      'heap-bomb',
      'deep-recursion',
      'never-settles',
      'microtask-flood',
      'atomics-wait',
      'wasm-loop',
      'wasm-memory-grow',
      'wasm-memory-indirect',
      'wasm-reachable',
      'regex-backtracking',
      'console-forever',
      'giant-array',
      'require-escape',
      'process-escape',
      'constructor-chain',
      'tamper-builtins',
      'tojson-result',
      'throwing-getter',
    ]) {
      expect(names).toContain(required);
    }
  });

  it.each(attacks.map((a) => [a.file, a] as const))(
    '%s gets its verdict within its limits',
    async (_name, attack) => {
      const { result, ms } = await timed(attack.code, attack.language);
      checkAttack(attack, result);
      // One case at its limit, the rest skipped or quick: the whole submission stays bounded.
      expect(ms).toBeLessThan(2 * LIMIT_MS);
      if (attack.file.startsWith('console-')) {
        expect(result.tests[0]?.logsTruncated).toBe(true);
      }
    },
  );

  it('eight attacks at once, while a normal submission is still judged right', async () => {
    const nastiest = [
      'array-fill-bomb',
      'heap-bomb',
      'busy-loop',
      'never-settles',
      'microtask-flood',
      'atomics-wait',
      'wasm-memory-grow',
      'regex-backtracking',
    ].map((name) => {
      const attack = attacks.find((a) => a.file.startsWith(`${name}.`));
      if (!attack) throw new Error(`missing ${name}`);
      return attack;
    });
    const started = performance.now();
    const runs = nastiest.map((attack) => timed(attack.code, attack.language));
    const normal = timed(NORMAL, 'javascript');
    const results = await Promise.all(runs);
    results.forEach(({ result }, i) => checkAttack(nastiest[i] as Attack, result));
    expect((await normal).result).toMatchObject({ verdict: 'accepted', passed: 2 });
    // Two workers, nine submissions, each bounded: the batch ends in bounded time too.
    expect(performance.now() - started).toBeLessThan(5 * 2 * LIMIT_MS);
    // The pool is whole again and judges correctly.
    const after = await timed(NORMAL, 'javascript');
    expect(after.result.verdict).toBe('accepted');
  });

  it('no file appeared outside the sandbox', () => {
    expect(fs.existsSync(ESCAPE_MARKER)).toBe(false);
    const repoRoot = path.resolve(import.meta.dirname, '../../..');
    expect(fs.readdirSync(repoRoot).filter((f) => /^core(\.\d+)?$/.test(f))).toEqual([]);
  });
});
