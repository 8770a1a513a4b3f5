import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  REPO_ROOT,
  startTestServer,
  type TestServer,
} from '../../integration/helpers/startTestServer';
import { authCorpus, type FuzzCase } from './authCorpus';

/**
 * Sends malformed, oversized and injection-shaped requests to every auth route. Each must be
 * answered below 500 in the error shape (or, for hostile but valid strings, accepted), and the
 * server must be whole afterwards. Bounded: a few hundred requests, a few dozen password checks.
 */
let server: TestServer;
let victimCookie: string;
beforeAll(async () => {
  server = await startTestServer({
    QUESTION_BANK_DIR: path.join(REPO_ROOT, 'tests/fixtures/banks/small'),
  });
  victimCookie = await server.guestCookie('Fuzz victim');
});
afterAll(async () => {
  await server.stop();
});

interface Outcome {
  name: string;
  status: number;
  body: string;
}

async function send(fuzz: FuzzCase, cookie: string | undefined): Promise<Outcome> {
  const headers: Record<string, string> = { ...fuzz.headers };
  if (cookie && fuzz.withCookie) headers.cookie = cookie;
  const res = await fetch(`${server.url}${fuzz.path}`, {
    method: fuzz.method,
    headers,
    ...(fuzz.body !== undefined ? { body: fuzz.body } : {}),
  });
  return { name: fuzz.name, status: res.status, body: await res.text() };
}

async function inBatches<T, R>(items: T[], size: number, run: (item: T) => Promise<R>) {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += size) {
    results.push(...(await Promise.all(items.slice(start, start + size).map(run))));
  }
  return results;
}

function errorShapeProblem(outcome: Outcome): string | undefined {
  try {
    const parsed = JSON.parse(outcome.body) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return 'not an object';
    const keys = Object.keys(parsed);
    const error = (parsed as { error?: unknown }).error;
    if (keys.length !== 1 || typeof error !== 'object' || error === null) return 'no error key';
    const { code, message } = error as { code?: unknown; message?: unknown };
    if (typeof code !== 'string' || typeof message !== 'string') return 'code/message missing';
    if (Object.keys(error).length !== 2) return 'extra keys in error';
    return undefined;
  } catch {
    return 'not JSON';
  }
}

describe('auth routes under fuzzing', () => {
  it('answers every malformed or hostile request below 500, in the error shape', async () => {
    const corpus = authCorpus();
    expect(corpus.length).toBeGreaterThan(250);
    expect(corpus.length).toBeLessThan(600);
    const problems: string[] = [];
    let rejected = 0;
    // Four at a time: the password checks run on libuv's pool, the rest is quick.
    const outcomes = await inBatches(corpus, 4, (fuzz) => send(fuzz, victimCookie));
    for (const [index, fuzz] of corpus.entries()) {
      const outcome = outcomes[index]!;
      const label = `${fuzz.method} ${fuzz.path} ${fuzz.name} -> ${outcome.status}`;
      if (outcome.status >= 500) {
        problems.push(`${label}: ${outcome.body.slice(0, 200)}`);
      } else if (outcome.status >= 400) {
        rejected++;
        const shape = errorShapeProblem(outcome);
        if (shape) problems.push(`${label}: ${shape}: ${outcome.body.slice(0, 200)}`);
      } else if (fuzz.mustFail) {
        problems.push(`${label}: accepted`);
      }
    }
    expect(problems).toEqual([]);
    expect(rejected).toBeGreaterThan(corpus.length * 0.8);
  });

  it('answers hostile session:events payloads with ok: false, never internal, and stays connected', async () => {
    const socket = await server.connect({ cookie: victimCookie });
    // Deliberately outside the typed contract, as a hostile client would send it.
    const raw = socket as unknown as {
      timeout(ms: number): { emitWithAck(event: string, payload: unknown): Promise<unknown> };
    };
    const payloads: unknown[] = [
      undefined,
      null,
      'session-id',
      42,
      [],
      {},
      { sessionId: { $gt: '' } },
      { sessionId: ['a'] },
      { sessionId: '' },
      { sessionId: 'x'.repeat(65) },
      { sessionId: 'x'.repeat(100_000) },
      { sessionId: "' OR 1=1 --" },
      { sessionId: '../../etc/passwd' },
      { sessionId: 's', afterSeq: -1 },
      { sessionId: 's', afterSeq: 1.5 },
      { sessionId: 's', afterSeq: '0' },
      { sessionId: 's', afterSeq: { $gt: 0 } },
      { sessionId: 's', extra: true },
      JSON.parse('{"sessionId":"s","__proto__":{"polluted":true}}'),
    ];
    for (const payload of payloads) {
      const reply = await raw.timeout(5_000).emitWithAck('session:events', payload);
      expect(reply, JSON.stringify(payload)?.slice(0, 80)).toMatchObject({ ok: false });
      const { code } = (reply as { error: { code: string } }).error;
      expect(['validation_failed', 'not_found']).toContain(code);
    }
    expect(socket.connected).toBe(true);
  });

  it('is whole afterwards: health, the victim’s cookie, a fresh guest, an unpolluted prototype', async () => {
    expect(await (await fetch(`${server.url}/api/health`)).json()).toEqual({ ok: true });
    const me = await fetch(`${server.url}/api/me`, { headers: { cookie: victimCookie } });
    expect(me.status).toBe(200);
    expect(await server.guestCookie('After the storm')).toMatch(/^mockloop_session=/);
    const probe: Record<string, unknown> = {};
    for (const key of ['polluted', 'isAdmin', 'kind']) expect(probe[key]).toBeUndefined();
    expect(await server.store.findUserByUsername('admin')).toBeNull();
  });
});
