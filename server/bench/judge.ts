/**
 * `npm run bench:judge [-- --seconds 3]`: one 20-case question judged many times, four ways side
 * by side, at concurrency 1 and at concurrency = cores. Prints p50/p95 latency and throughput, then
 * the ratios the judge issue sets targets for. A benchmark, not a test: nothing here can fail.
 *
 *   (a) judge      the real judge end to end: queue, worker process, transpile, sandbox, compare
 *   (b) child      one fresh `node` process per submission running the same cases (common baseline)
 *   (c) bare-ivm   the floor of this design: isolated-vm in this process, a fresh context per case
 *   (d) no-sandbox the cases called in this process with no isolation at all, for reference
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { transform } from 'esbuild';
import ivm from 'isolated-vm';
import type { JsonValue } from '@mockloop/shared';
import { createJudge } from '../src/judge';
import { compareResult } from '../src/judge/compare';
import { makeCodingQuestion } from '../src/judge/testQuestions';
import { transpile } from '../src/judge/transpile';

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '2.5' } } });
const SECONDS = Number(values.seconds);
const CORES = os.availableParallelism();

// A deterministic 20-case two-sum over 200 numbers each.
function makeCases() {
  let seed = 42;
  const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % 10_000;
  return Array.from({ length: 20 }, (_, i) => {
    const nums = Array.from({ length: 200 }, next);
    const a = 10 + i;
    const b = 150 + i;
    return { name: `case ${i + 1}`, args: [nums, (nums[a] ?? 0) + (nums[b] ?? 0)], expected: null };
  });
}
const SOLUTION = `export function twoSum(nums: number[], target: number): number[] {
  const seen = new Map<number, number>();
  for (let i = 0; i < nums.length; i++) {
    const j = seen.get(target - (nums[i] as number));
    if (j !== undefined) return [j, i];
    if (!seen.has(nums[i] as number)) seen.set(nums[i] as number, i);
  }
  return [];
}`;
const rawCases = makeCases();
const JS = await transpile(SOLUTION, 'typescript');
if (!JS.ok) throw new Error(JS.message);
const JS_CODE = JS.code;
type TwoSum = (nums: number[], target: number) => number[];
// The same solution as an ES module, loaded straight into this process (no sandbox at all).
const esm = await transform(SOLUTION, { loader: 'ts', format: 'esm' });
const { twoSum: unsandboxed } = (await import(
  `data:text/javascript,${encodeURIComponent(esm.code)}`
)) as { twoSum: TwoSum };
// Expected answers come from the solution itself.
const cases = rawCases.map((c) => ({
  ...c,
  expected: unsandboxed(...(c.args as [number[], number])),
}));
const question = makeCodingQuestion({
  entry: 'twoSum',
  examples: cases.slice(0, 3),
  hidden: cases.slice(3),
});

function check(actual: unknown[]): void {
  actual.forEach((value, i) => {
    if (!compareResult(value as JsonValue, cases[i]?.expected ?? null, { mode: 'exact' }))
      throw new Error(`case ${i} wrong`);
  });
}

type Submit = () => Promise<void>;

const judge = createJudge({ concurrency: CORES, queueLimit: 1000 });
const ways: Record<string, Submit> = {
  judge: async () => {
    const result = await judge.run({
      question,
      language: 'typescript',
      code: SOLUTION,
      mode: 'submit',
    });
    if (result.verdict !== 'accepted') throw new Error(`judge said ${result.verdict}`);
  },
  child: () => runInChildProcess(),
  'bare-ivm': () => runInBareIsolate(),
  'no-sandbox': () => {
    check(
      cases.map(
        (c) =>
          JSON.parse(JSON.stringify(unsandboxed(...(c.args as [number[], number])))) as unknown,
      ),
    );
    return Promise.resolve();
  },
};

const CHILD_SCRIPT = `${JS_CODE}
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
process.stdout.write(JSON.stringify(cases.map((args) => twoSum(...args))));`;

function runInChildProcess(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['-e', CHILD_SCRIPT], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('error', reject);
    child.on('close', () => {
      try {
        check(JSON.parse(out) as unknown[]);
        resolve();
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    child.stdin.end(JSON.stringify(cases.map((c) => c.args)));
  });
}

async function runInBareIsolate(): Promise<void> {
  const isolate = new ivm.Isolate({ memoryLimit: 64 });
  try {
    const script = await isolate.compileScript(
      `(function (module, exports) {${JS_CODE}\nreturn twoSum;})({ exports: {} }, {})`,
    );
    const results: unknown[] = [];
    for (const c of cases) {
      // Set-up synchronously (cheaper than a thread-pool round trip), the call itself async.
      const context = isolate.createContextSync();
      const fn = script.runSync(context, { reference: true, timeout: 2000 }) as ivm.Reference<
        (...a: unknown[]) => unknown
      >;
      results.push(
        await fn.apply(
          undefined,
          c.args.map((a) => new ivm.ExternalCopy(a).copyInto()),
          {
            timeout: 2000,
            result: { copy: true },
          },
        ),
      );
      context.release();
    }
    check(results);
  } finally {
    isolate.dispose();
  }
}

interface Row {
  way: string;
  concurrency: number;
  count: number;
  p50: number;
  p95: number;
  perSecond: number;
}

async function measure(way: string, submit: Submit, concurrency: number): Promise<Row> {
  for (let i = 0; i < concurrency * 2; i++) await submit(); // warm up
  const latencies: number[] = [];
  const started = performance.now();
  const deadline = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now();
        await submit();
        latencies.push(performance.now() - t);
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((x, y) => x - y);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN;
  return {
    way,
    concurrency,
    count: latencies.length,
    p50: at(0.5),
    p95: at(0.95),
    perSecond: latencies.length / elapsed,
  };
}

console.log(`judge benchmark: 20-case question, ${CORES} cores, ${SECONDS} s per measurement\n`);
await new Promise((resolve) => setTimeout(resolve, 1500)); // let the judge's workers start
const rows: Row[] = [];
for (const concurrency of [...new Set([1, CORES])]) {
  for (const [way, submit] of Object.entries(ways)) {
    const row = await measure(way, submit, concurrency);
    rows.push(row);
    console.log(
      `${way.padEnd(11)} c=${concurrency}  n=${String(row.count).padStart(5)}  p50 ${row.p50.toFixed(2).padStart(7)} ms  p95 ${row.p95.toFixed(2).padStart(7)} ms  ${row.perSecond.toFixed(1).padStart(7)} /s`,
    );
  }
}
await judge.close();

const get = (way: string, c: number) => rows.find((r) => r.way === way && r.concurrency === c);
const judgeFull = get('judge', CORES);
const childFull = get('child', CORES);
const bareFull = get('bare-ivm', CORES);
const judgeOne = get('judge', 1);
if (judgeFull && childFull && bareFull && judgeOne) {
  console.log('\nratios at concurrency = cores:');
  console.log(
    `  judge / child-process throughput  ${(judgeFull.perSecond / childFull.perSecond).toFixed(2)}x  (target >= 3x)`,
  );
  console.log(
    `  bare-ivm / judge throughput       ${(bareFull.perSecond / judgeFull.perSecond).toFixed(2)}x  (target <= 1.5x)`,
  );
  console.log(
    `  judge p50 at concurrency 1        ${judgeOne.p50.toFixed(2)} ms  (target <= 20 ms)`,
  );
}
