import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicRunResult } from '@mockloop/shared';
import { publicRunResult } from '../../../server/src/http/routes/runs';
import { createJudge, type Judge } from '../../../server/src/judge';
import { judgeQueueEvents } from '../../../server/src/judge/queue/judgeQueueProtocol';
import { createLogger } from '../../../server/src/logger';
import { connectRedis } from '../../../server/src/redis/connectRedis';
import { redisUnavailable, startRedis, type RedisServer } from '../helpers/redisServer';
import { REPO_ROOT } from '../helpers/startTestServer';
import {
  startJudgeWorkerProcess,
  type JudgeWorkerProcess,
  type LogLine,
} from './judgeWorkerProcess';
import { startQueueWebNode, type QueueWebNode } from './queueWebNode';

const skipReason = redisUnavailable();
if (skipReason) console.log(skipReason);

const JUDGE_BANK = path.join(REPO_ROOT, 'tests/fixtures/judge/bank');

/** `slow-latencies` allows 5 s of CPU: long enough to kill a worker while the case runs. */
function slowCode(ms: number): string {
  return `function addLatencies(a, b) { const end = Date.now() + ${ms}; while (Date.now() < end) {} return a + b; }`;
}

function withoutTimes(result: PublicRunResult): unknown {
  return { ...result, tests: result.tests.map((test) => ({ ...test, timeMs: 0 })) };
}

describe.skipIf(skipReason)('judge tier behind a Redis queue', () => {
  let redis: RedisServer;
  let web: QueueWebNode;
  let localJudge: Judge;
  let events: ReturnType<typeof judgeQueueEvents>;
  let eventsConnection: ReturnType<typeof connectRedis>;
  let cookie: string;
  const workers: JudgeWorkerProcess[] = [];
  const completed = new Map<string, number>();
  const stalled = new Set<string>();

  const workerEnv = () => ({ REDIS_URL: redis.url, QUESTION_BANK_DIR: JUDGE_BANK });
  async function startWorker(): Promise<JudgeWorkerProcess> {
    const worker = await startJudgeWorkerProcess(workerEnv());
    workers.push(worker);
    return worker;
  }
  function post(route: string, body: unknown): Promise<Response> {
    return fetch(`${web.url}/api${route}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie },
      body: JSON.stringify(body),
    });
  }

  beforeAll(async () => {
    redis = await startRedis();
    web = await startQueueWebNode(workerEnv(), { queueLimit: 1, resultTimeoutMs: 45_000 });
    cookie = await web.guestCookie();
    localJudge = createJudge({ concurrency: 1, lazy: true });
    eventsConnection = connectRedis(redis.url, createLogger('silent'), 'blocking');
    events = judgeQueueEvents(eventsConnection);
    events.on('completed', ({ jobId }) => completed.set(jobId, (completed.get(jobId) ?? 0) + 1));
    events.on('stalled', ({ jobId }) => stalled.add(jobId));
    await events.waitUntilReady();
  });
  afterAll(async () => {
    await Promise.all(workers.map((w) => w.kill('SIGKILL')));
    await events?.close();
    eventsConnection?.disconnect();
    await web?.stop();
    await localJudge?.close();
    await redis?.close();
  });

  it('reports the judge unhealthy, with the reason, while no worker is connected', async () => {
    expect(await web.judge.health()).toEqual({
      ok: false,
      detail: expect.stringMatching(/no judge worker is connected/) as string,
    });
  });

  it('judges through a worker process with the same verdicts as the local judge', async () => {
    await startWorker();
    expect(await web.judge.health()).toEqual({ ok: true });
    const question = web.bank.coding('add-latencies')!;
    const submissions = [
      {
        language: 'typescript',
        code: 'export function addLatencies(a: number, b: number) { return a + b; }',
        mode: 'submit',
      },
      {
        language: 'javascript',
        code: 'function addLatencies(a, b) { console.log(a); return a * b; }',
        mode: 'submit',
      },
      {
        language: 'javascript',
        code: 'function addLatencies(a, b) { return a + ; }',
        mode: 'submit',
      },
      {
        language: 'javascript',
        code: 'function addLatencies() { throw new Error("boom"); }',
        mode: 'run',
      },
      { language: 'javascript', code: 'function addLatencies() { for (;;) {} }', mode: 'submit' },
    ] as const;
    const verdicts: string[] = [];
    for (const submission of submissions) {
      const res = await post('/runs', { questionId: 'add-latencies', ...submission });
      expect(res.status).toBe(200);
      const queued = (await res.json()) as PublicRunResult;
      const local = publicRunResult(await localJudge.run({ question, ...submission }));
      expect(withoutTimes(queued)).toEqual(withoutTimes(local));
      verdicts.push(queued.verdict);
    }
    expect(verdicts).toEqual([
      'accepted',
      'wrong_answer',
      'compile_error',
      'runtime_error',
      'time_limit_exceeded',
    ]);
  });

  it("runs the person's own input through the queue", async () => {
    const res = await post('/runs/custom', {
      questionId: 'add-latencies',
      language: 'javascript',
      code: 'function addLatencies(a, b) { return a - b; }',
      input: { args: [10, 4] },
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ outcome: 'ran', output: 6 });
  });

  it('hands a job whose worker was SIGKILLed to another worker; the web node gets one result', async () => {
    while (workers.filter((w) => w.running()).length < 2) await startWorker();
    const [first, second] = workers.filter((w) => w.running()) as [
      JudgeWorkerProcess,
      JudgeWorkerProcess,
    ];
    const answer = post('/runs', {
      questionId: 'slow-latencies',
      language: 'javascript',
      code: slowCode(2_500),
      mode: 'run',
    });
    const judging = (line: LogLine) =>
      line.msg === 'judging job' && line.questionId === 'slow-latencies';
    const victimIndex = await Promise.any(
      [first, second].map((w, i) => w.waitForLog(judging).then(() => i)),
    );
    const victim = victimIndex === 0 ? first : second;
    const survivor = victimIndex === 0 ? second : first;
    const jobId = String(victim.lines.find(judging)?.jobId);
    await victim.kill('SIGKILL');

    const res = await answer;
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ verdict: 'accepted', passed: 1, total: 1 });
    await survivor.waitForLog((line) => line.msg === 'judged job' && line.jobId === jobId);
    expect(stalled.has(jobId)).toBe(true);
    expect(completed.get(jobId)).toBe(1);
    expect(victim.lines.some((line) => line.msg === 'judged job' && line.jobId === jobId)).toBe(
      false,
    );
  });

  it('answers 503 busy with Retry-After when more than queueLimit submissions wait', async () => {
    // One worker is left, judging one job at a time; the web node allows one waiting job.
    const slow = {
      questionId: 'slow-latencies',
      language: 'javascript',
      code: slowCode(1_500),
      mode: 'run',
    };
    const active = new Promise((resolve) => events.once('active', resolve));
    const running = post('/runs', slow);
    await active;
    const queuedUp = new Promise((resolve) => events.once('waiting', resolve));
    const waiting = post('/runs', slow);
    await queuedUp;

    const refused = await post('/runs', slow);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(await refused.json()).toEqual({
      error: { code: 'busy', message: expect.stringMatching(/busy/) as string },
    });
    expect((await running).status).toBe(200);
    expect((await waiting).status).toBe(200);
  });

  it('fails a job whose worker died twice with a clear 503 instead of handing it on again', async () => {
    await Promise.all([startWorker(), startWorker()]);
    const running = workers.filter((w) => w.running());
    const seen = new Set(workers.flatMap((w) => w.lines).map((line) => line.jobId));
    const fresh = (line: LogLine) => line.msg === 'judging job' && !seen.has(line.jobId);
    const answer = post('/runs', {
      questionId: 'slow-latencies',
      language: 'javascript',
      code: slowCode(2_500),
      mode: 'run',
    });
    const firstVictim = running[await firstToLog(running, fresh)]!;
    const jobId = firstVictim.lines.find(fresh)?.jobId;
    await firstVictim.kill('SIGKILL');
    const rest = running.filter((w) => w !== firstVictim);
    const onJob = (line: LogLine) => line.msg === 'judging job' && line.jobId === jobId;
    await rest[await firstToLog(rest, onJob)]!.kill('SIGKILL');

    const res = await answer;
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      error: {
        code: 'busy',
        message: 'The judge stopped twice while judging this submission; it was not judged.',
      },
    });
    expect(completed.has(String(jobId))).toBe(false);
  });

  it('lets its running job finish on SIGTERM, then exits', async () => {
    if (!workers.some((w) => w.running())) await startWorker();
    const running = workers.filter((w) => w.running());
    const seen = new Set(workers.flatMap((w) => w.lines).map((line) => line.jobId));
    const fresh = (line: LogLine) => line.msg === 'judging job' && !seen.has(line.jobId);
    const answer = post('/runs', {
      questionId: 'slow-latencies',
      language: 'javascript',
      code: slowCode(1_500),
      mode: 'run',
    });
    const worker = running[await firstToLog(running, fresh)]!;
    const jobId = worker.lines.find(fresh)?.jobId;
    const stopped = worker.signalWorker('SIGTERM');

    const res = await answer;
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ verdict: 'accepted' });
    await stopped;
    expect(worker.lines.some((line) => line.msg === 'judged job' && line.jobId === jobId)).toBe(
      true,
    );
    expect(worker.exitCode()).toBe(0);
  });
});

/** The index of the first worker to log a matching line. */
function firstToLog(workers: JudgeWorkerProcess[], match: (line: LogLine) => boolean) {
  return Promise.any(workers.map((w, i) => w.waitForLog(match).then(() => i)));
}
