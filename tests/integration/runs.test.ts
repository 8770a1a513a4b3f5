import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PublicRunResultSchema, type RunResult } from '@mockloop/shared';
import type { QuestionBank } from '../../server/src/bank/types';
import { errorHandler } from '../../server/src/http/errorHandler';
import { runsRouter } from '../../server/src/http/routes/runs';
import { createJudge } from '../../server/src/judge';
import { makeCodingQuestion } from '../../server/src/judge/testQuestions';
import { REPO_ROOT, startTestServer, type TestServer } from './helpers/startTestServer';

const JUDGE_BANK = path.join(REPO_ROOT, 'tests/fixtures/judge/bank');
const HIDDEN_INPUT = '987654321';

let server: TestServer;
let cookie: string;

async function signInAsGuest(name: string): Promise<string> {
  const res = await fetch(`${server.url}/api/auth/guest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ displayName: name }),
  });
  expect(res.status).toBeLessThan(300);
  const setCookie = res.headers.getSetCookie();
  return setCookie.map((c) => c.split(';')[0]).join('; ');
}

/** `as` is the cookie header to send; an empty string sends none. */
function postRun(body: unknown, as: string = cookie): Promise<Response> {
  return fetch(`${server.url}/api/runs`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(as ? { cookie: as } : {}) },
    body: JSON.stringify(body),
  });
}

beforeAll(async () => {
  server = await startTestServer({ QUESTION_BANK_DIR: JUDGE_BANK });
  cookie = await signInAsGuest('Judge Tester');
});
afterAll(async () => {
  await server.stop();
});

describe('POST /api/runs', () => {
  it('judges a submission (mode defaults to submit) with per-test verdicts', async () => {
    const res = await postRun({
      questionId: 'add-latencies',
      language: 'typescript',
      code: 'export function addLatencies(a: number, b: number): number { return a + b; }',
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as RunResult;
    expect(body).toMatchObject({ verdict: 'accepted', passed: 4, total: 4 });
    expect(body.tests[0]).toMatchObject({
      name: 'two small latencies',
      hidden: false,
      input: [12, 30],
      actual: 42,
    });
  });

  it('run mode judges the examples only', async () => {
    const res = await postRun({
      questionId: 'add-latencies',
      language: 'javascript',
      code: 'function addLatencies(a, b) { return a * b; }',
      mode: 'run',
    });
    const body = (await res.json()) as RunResult;
    expect(body).toMatchObject({ verdict: 'wrong_answer', total: 2 });
    expect(body.tests[0]).toMatchObject({ expected: 42, actual: 360 });
  });

  it("leaves hidden cases' inputs, outputs, logs and error text out of the answer", async () => {
    const code = `function addLatencies(a, b) {
      console.log('args', a, b);
      if (a > 100) throw new Error('saw ' + a + ' and ' + b);
      if (a > 0 && a < 1) return -1;
      return a + b;
    }`;
    const res = await postRun({ questionId: 'add-latencies', language: 'javascript', code });
    const text = await res.text();
    expect(text).not.toContain(HIDDEN_INPUT);
    expect(text).not.toContain('1111111110');
    const body = JSON.parse(text) as RunResult;
    expect(body.verdict).toBe('runtime_error');
    for (const hidden of body.tests.filter((t) => t.hidden)) {
      expect(Object.keys(hidden).sort()).toEqual(['hidden', 'name', 'verdict']);
    }
    expect(body.tests[0]?.logs).toBe('args 12 30\n');
  });

  it('gives hidden cases no time: code that spins in proportion to its input cannot read it back', async () => {
    // Issue 10: spinning in proportion to the input turned each hidden case's time into its input.
    const code = `function addLatencies(a, b) {
      const end = Date.now() + (Math.floor(a) % 41) * 2;
      while (Date.now() < end);
      return a + b;
    }`;
    const res = await postRun({ questionId: 'add-latencies', language: 'javascript', code });
    const json: unknown = await res.json();
    const hidden = (json as RunResult).tests.filter((t) => t.hidden);
    expect(hidden).toHaveLength(2);
    for (const test of hidden) expect(test).not.toHaveProperty('timeMs');
    const body = PublicRunResultSchema.parse(json);
    expect(body.verdict).toBe('accepted');
    for (const test of body.tests) if (!test.hidden) expect(test.timeMs).toBeGreaterThanOrEqual(0);
  });

  it('answers compile errors as a verdict with line and column', async () => {
    const res = await postRun({
      questionId: 'add-latencies',
      language: 'typescript',
      code: 'function (',
    });
    const body = (await res.json()) as RunResult;
    expect(body.verdict).toBe('compile_error');
    expect(body.tests[0]?.message).toMatch(/^Line 1, column \d+: /);
  });

  it('rejects bad input with 4xx in the error shape, never 500', async () => {
    const cases: Array<[unknown, number, string]> = [
      [{ questionId: 'add-latencies', language: 'python', code: 'x' }, 400, 'validation_failed'],
      [{ questionId: 'add-latencies', language: 'javascript' }, 400, 'validation_failed'],
      [
        { questionId: 'add-latencies', language: 'javascript', code: 'x', mode: 'fast' },
        400,
        'validation_failed',
      ],
      [
        { questionId: 'add-latencies', language: 'javascript', code: 'x'.repeat(64 * 1024 + 1) },
        400,
        'validation_failed',
      ],
      [{ questionId: 'Not An Id', language: 'javascript', code: 'x' }, 400, 'validation_failed'],
      [{ questionId: 'no-such-question', language: 'javascript', code: 'x' }, 404, 'not_found'],
      [['not', 'an', 'object'], 400, 'validation_failed'],
    ];
    for (const [body, status, code] of cases) {
      const res = await postRun(body);
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(status);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    }
  });

  it('needs a signed-in or guest user', async () => {
    const res = await postRun(
      { questionId: 'add-latencies', language: 'javascript', code: 'x' },
      '',
    );
    expect(res.status).toBe(401);
  });

  it('survives a judge worker killed mid-run: that run is a runtime_error, the next is judged', async () => {
    const pending = postRun({
      questionId: 'slow-latencies',
      language: 'javascript',
      code: 'function addLatencies() { for (;;) {} }',
    });
    await vi.waitFor(() => expect(server.judge.workers().some((w) => w.busy)).toBe(true), {
      timeout: 10_000,
      interval: 5,
    });
    const victim = server.judge.workers().find((w) => w.busy);
    process.kill(victim?.pid ?? -1, 'SIGKILL');
    const killed = (await (await pending).json()) as RunResult;
    expect(killed.verdict).toBe('runtime_error');
    expect(killed.tests[0]?.message).toMatch(/stopped unexpectedly/);

    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    const next = await postRun({
      questionId: 'add-latencies',
      language: 'javascript',
      code: 'const addLatencies = (a, b) => a + b;',
    });
    expect(((await next.json()) as RunResult).verdict).toBe('accepted');
  });

  it('limits runs per user with 429 rate_limited', async () => {
    const other = await signInAsGuest('Rate Limited');
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      const res = await postRun(
        { questionId: 'no-such-question', language: 'javascript', code: '' },
        other,
      );
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 404)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    // Another user keeps their own allowance.
    const mine = await postRun({
      questionId: 'no-such-question',
      language: 'javascript',
      code: '',
    });
    expect(mine.status).toBe(404);
  });
});

describe('POST /api/runs when the judge is saturated', () => {
  it('answers 503 busy at once instead of queueing without bound', async () => {
    const judge = createJudge({ concurrency: 1, queueLimit: 0 });
    const question = makeCodingQuestion({
      entry: 'spin',
      cpuTimeLimitMs: 500,
      examples: [{ name: 'spins', args: [], expected: 0 }],
    });
    const bank = { coding: (id: string) => (id === question.id ? question : undefined) };
    const app = express();
    app.use(express.json());
    app.use(runsRouter({ bank: bank as unknown as QuestionBank, judge }));
    app.use(errorHandler);
    const httpServer = app.listen(0, '127.0.0.1');
    await once(httpServer, 'listening');
    const { port } = httpServer.address() as AddressInfo;
    try {
      await vi.waitFor(() => expect(judge.workers()[0]?.ready).toBe(true), { timeout: 10_000 });
      const post = () =>
        fetch(`http://127.0.0.1:${port}/runs`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            questionId: question.id,
            language: 'javascript',
            code: 'function spin() { for (;;) {} }',
          }),
        });
      const first = post();
      await vi.waitFor(() => expect(judge.workers()[0]?.busy).toBe(true));
      const second = await post();
      expect(second.status).toBe(503);
      expect(await second.json()).toMatchObject({ error: { code: 'busy' } });
      expect(((await (await first).json()) as RunResult).verdict).toBe('time_limit_exceeded');
    } finally {
      httpServer.close();
      await judge.close();
    }
  });
});
