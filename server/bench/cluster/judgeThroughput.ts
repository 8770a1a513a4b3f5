/**
 * The judge half of `npm run bench:cluster`: submissions judged per second by the local pool
 * with one sandbox process (the baseline), then through the Redis queue by one and by two
 * `npm run judge:worker` processes with one sandbox each, so two workers can use two cores.
 * Every row judges the same bank question with its reference solution, under the same load.
 * Runs alone too: `node --no-node-snapshot --import tsx server/bench/cluster/judgeThroughput.ts`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import readline from 'node:readline';
import { loadBank } from '../../src/bank/loadBank';
import { createJudge, type Judge, type JudgeTask } from '../../src/judge';
import { createQueueJudge } from '../../src/judge/queue/createQueueJudge';
import { createLogger } from '../../src/logger';
import { startBenchRedis } from './benchRedis';

/** One line of the benchmark's output. */
export interface ThroughputRow {
  label: string;
  perSecond: number;
}

export interface ThroughputOptions {
  /** Seconds each row keeps the judge busy. Default 4. */
  seconds?: number;
  /** Submissions kept in flight at once. Default 4 (more than the sandboxes, so none idles). */
  inFlight?: number;
}

const REPO_ROOT = path.resolve(import.meta.dirname, '../../..');
const BANK_DIR = path.join(REPO_ROOT, 'question-bank');
const QUESTION_ID = 'balanced-brackets';

/**
 * Submissions per second, local pool first (the baseline the others are compared with), then
 * the queue with one worker, then with two. Starts and stops its own redis-server.
 */
export async function measureJudgeThroughput(
  options: ThroughputOptions = {},
): Promise<ThroughputRow[]> {
  const seconds = options.seconds ?? 4;
  const inFlight = options.inFlight ?? 4;
  const bank = await loadBank(BANK_DIR);
  const question = bank.coding(QUESTION_ID);
  const code = question?.solutions.typescript;
  if (!question || !code) throw new Error(`the bank has no ${QUESTION_ID} with a TS solution`);
  const task: JudgeTask = { question, language: 'typescript', code, mode: 'submit' };

  const rows: ThroughputRow[] = [];
  const local = createJudge({ concurrency: 1 });
  rows.push({
    label: 'local pool, 1 sandbox',
    perSecond: await measure(local, task, seconds, inFlight),
  });
  await local.close();

  const redis = await startBenchRedis();
  const log = createLogger('silent');
  const queued = createQueueJudge({ redisUrl: redis.url, bank, log, queueLimit: 1_000 });
  const workers: ChildProcess[] = [];
  try {
    for (const count of [1, 2]) {
      while (workers.length < count) workers.push(await startWorker(redis.url));
      const perSecond = await measure(queued, task, seconds, inFlight);
      rows.push({ label: `queue, ${count} worker${count > 1 ? 's' : ''} x 1 sandbox`, perSecond });
    }
  } finally {
    await queued.close();
    await Promise.all(workers.map(stopWorker));
    await redis.stop();
  }
  return rows;
}

async function measure(judge: Judge, task: JudgeTask, seconds: number, inFlight: number) {
  // Warm up: start the sandboxes and transpile once before the clock runs.
  await Promise.all(Array.from({ length: inFlight }, () => judge.run(task)));
  let judged = 0;
  const started = performance.now();
  const until = started + seconds * 1000;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (performance.now() < until) {
        const result = await judge.run(task);
        if (result.verdict !== 'accepted') throw new Error(`reference got ${result.verdict}`);
        judged += 1;
      }
    }),
  );
  return judged / ((performance.now() - started) / 1000);
}

async function startWorker(redisUrl: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    ['--no-node-snapshot', '--import', 'tsx', 'server/scripts/judgeWorker.ts'],
    {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        REDIS_URL: redisUrl,
        QUESTION_BANK_DIR: BANK_DIR,
        JUDGE_CONCURRENCY: '1',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const lines = readline.createInterface({ input: child.stdout });
  const exited = once(child, 'exit').then(() => {
    throw new Error('a judge worker exited before it was ready');
  });
  const ready = new Promise<void>((resolve) => {
    lines.on('line', (line) => {
      if (line.includes('"judge worker ready"')) resolve();
    });
  });
  await Promise.race([ready, exited]);
  // A later exit (SIGTERM at the end) is expected.
  exited.catch(() => undefined);
  return child;
}

async function stopWorker(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  await exited;
}

function isMain(): boolean {
  return process.argv[1] !== undefined && path.resolve(process.argv[1]) === import.meta.filename;
}

if (isMain()) {
  const rows = await measureJudgeThroughput();
  const base = rows[0]?.perSecond ?? 1;
  for (const row of rows) {
    console.log(
      `${row.label.padEnd(34)} ${row.perSecond.toFixed(1).padStart(7)}/s  x${(row.perSecond / base).toFixed(2)}`,
    );
  }
}
