import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CustomRunResultSchema } from '@mockloop/shared';
import path from 'node:path';
import { REPO_ROOT, startTestServer, type TestServer } from './helpers/startTestServer';

// The small fixture bank: `count-multiples` (function style) and `running-total` (class style).
let server: TestServer;
let cookie: string;

beforeAll(async () => {
  server = await startTestServer({
    QUESTION_BANK_DIR: path.join(REPO_ROOT, 'tests/fixtures/banks/small'),
  });
  const res = await fetch(`${server.url}/api/auth/guest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ displayName: 'Custom Tester' }),
  });
  cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
});
afterAll(async () => {
  await server.stop();
});

function postCustom(body: unknown, as: string = cookie): Promise<Response> {
  return fetch(`${server.url}/api/runs/custom`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(as ? { cookie: as } : {}) },
    body: JSON.stringify(body),
  });
}

async function custom(body: unknown) {
  const res = await postCustom(body);
  expect(res.status).toBe(200);
  return CustomRunResultSchema.parse(await res.json());
}

describe('POST /api/runs/custom: the person’s own input, judged against nothing', () => {
  it('runs a function on its arguments and shows what it returned and logged', async () => {
    const result = await custom({
      questionId: 'count-multiples',
      language: 'javascript',
      code: 'function countMultiples(n, k) { console.log("n is", n); return Math.floor(n / k) + 1000; }',
      input: { args: [10, 3] },
    });
    expect(result).toMatchObject({ outcome: 'ran', output: 1003, logs: 'n is 10\n' });
    expect(result).not.toHaveProperty('expected');
  });

  it('runs a class on its calls, one result per call', async () => {
    const code = `class RunningTotal {
      constructor(start) { this.totals = [start]; }
      add(x) { this.totals.push(this.totals.at(-1) + x); return this.totals.at(-1); }
      history() { return this.totals; }
    }`;
    const result = await custom({
      questionId: 'running-total',
      language: 'typescript',
      code,
      input: { calls: [['RunningTotal', 5], ['add', 2], ['history']] },
    });
    expect(result).toMatchObject({ outcome: 'ran', output: [null, 7, [5, 7]] });
  });

  it('says what stopped a run: an error or a limit, with the question’s limits', async () => {
    const thrown = await custom({
      questionId: 'count-multiples',
      language: 'javascript',
      code: 'function countMultiples() { throw new Error("boom"); }',
      input: { args: [1, 1] },
    });
    expect(thrown.outcome).toBe('runtime_error');
    expect(thrown.message).toContain('boom');
    const spun = await custom({
      questionId: 'count-multiples',
      language: 'javascript',
      code: 'function countMultiples() { for (;;) {} }',
      input: { args: [1, 1] },
    });
    expect(spun.outcome).toBe('time_limit_exceeded');
  });

  it('refuses input of the wrong shape for the question, and a stranger, in the error shape', async () => {
    const wrongShape = await postCustom({
      questionId: 'running-total',
      language: 'javascript',
      code: 'class RunningTotal {}',
      input: { args: [1] },
    });
    expect(wrongShape.status).toBe(400);
    expect(await wrongShape.json()).toMatchObject({ error: { code: 'validation_failed' } });
    const anonymous = await postCustom(
      { questionId: 'count-multiples', language: 'javascript', code: '', input: { args: [] } },
      '',
    );
    expect(anonymous.status).toBe(401);
    const unknown = await postCustom({
      questionId: 'count-multiples',
      language: 'javascript',
      code: '',
      input: { args: [] },
      expected: 3,
    });
    expect(unknown.status).toBe(400);
  });
});
