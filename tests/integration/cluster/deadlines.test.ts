import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Session, SessionEvent, StartPracticeResponse } from '@mockloop/shared';
import { createLogger } from '../../../server/src/logger';
import { connectRedis } from '../../../server/src/redis/connectRedis';
import { redisUnavailable, startRedis, type RedisServer } from '../helpers/redisServer';
import { SMALL_BANK } from '../sessions/practiceServer';
import { spawnNode, type LogLine, type NodeProcess } from './nodeProcess';

// [ST9] Round deadlines across nodes: real server processes on one SQLite file and one Redis.
const skipReason = redisUnavailable();
if (skipReason) console.warn(skipReason);

/** A practice "minute" in these processes (PRACTICE_MINUTE_MS): long enough to start a round. */
const MINUTE_MS = 4_000;
const SOLVED = 'function countMultiples(n, k) { return Math.floor(n / k); }';

let redis: RedisServer;
let dataDir: string;
let nodeA: NodeProcess;
let nodeB: NodeProcess;
let cookie: string;

async function call<T>(node: NodeProcess, method: string, route: string, body?: unknown) {
  const res = await fetch(`${node.url}${route}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as T };
}

/** Starts a one-"minute" round on `node` and saves a solving draft through `saveOn`. */
async function startRound(node: NodeProcess, saveOn: NodeProcess): Promise<Session> {
  const started = await call<StartPracticeResponse>(node, 'POST', '/api/sessions', {
    kind: 'practice',
    rounds: [{ questionId: 'count-multiples', minutes: 1 }],
  });
  expect(started.status).toBe(201);
  const { session } = started.body;
  const saved = await call(saveOn, 'PUT', `/api/sessions/${session.id}/rounds/0/draft`, {
    revision: 1,
    draft: { kind: 'coding', language: 'javascript', code: SOLVED },
  });
  expect(saved.status).toBe(200);
  return session;
}

/** Polls the store through `node` until the session completes (REST has no event to await). */
async function completed(node: NodeProcess, id: string, timeoutMs = 25_000): Promise<Session> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const { body } = await call<{ session: Session }>(node, 'GET', `/api/sessions/${id}`);
    if (body.session.status === 'completed') return body.session;
    if (Date.now() > until) throw new Error(`session ${id} still ${body.session.status}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

async function eventCounts(node: NodeProcess, id: string): Promise<Record<string, number>> {
  const { body } = await call<{ events: SessionEvent[] }>(
    node,
    'GET',
    `/api/sessions/${id}/events`,
  );
  const counts: Record<string, number> = {};
  for (const event of body.events) counts[event.type] = (counts[event.type] ?? 0) + 1;
  return counts;
}

function linesOf(nodes: NodeProcess[], msg: string, sessionId: string): LogLine[] {
  return nodes.flatMap((node) =>
    node.logs.filter((line) => line.msg === msg && line.sessionId === sessionId),
  );
}

describe.skipIf(skipReason)('[ST9] practice deadlines across nodes', () => {
  beforeAll(async () => {
    redis = await startRedis();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-deadlines-'));
    const env = {
      DATA_DIR: dataDir,
      REDIS_URL: redis.url,
      QUESTION_BANK_DIR: SMALL_BANK,
      PRACTICE_MINUTE_MS: String(MINUTE_MS),
    };
    // One after the other: the first creates the SQLite file and runs its migrations.
    nodeA = await spawnNode('node A', env);
    nodeB = await spawnNode('node B', env);
    const res = await fetch(`${nodeA.url}/api/auth/guest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: 'Two-node guest' }),
    });
    expect(res.status).toBe(201);
    cookie = res.headers.get('set-cookie')?.split(';')[0] ?? '';
    // Two real server processes start (tsx, bank, judge workers): slow on a loaded machine.
  }, 90_000);

  afterAll(async () => {
    await Promise.all([nodeA?.kill(), nodeB?.kill()]);
    await redis?.close();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('fires exactly once with both nodes up: one round end, one judge run, one verdict', async () => {
    const session = await startRound(nodeA, nodeB);
    const done = await completed(nodeB, session.id);

    expect(done.summary?.questions).toEqual([
      { questionId: 'count-multiples', verdict: 'accepted', passed: 10, total: 10 },
    ]);
    expect(await eventCounts(nodeA, session.id)).toMatchObject({
      'round:end': 1,
      'round:verdict': 1,
      'practice:complete': 1,
    });
    const both = [nodeA, nodeB];
    expect(linesOf(both, 'deadline claimed; settling the round', session.id)).toHaveLength(1);
    expect(linesOf(both, 'judging a closed round', session.id)).toHaveLength(1);
  });

  it('waits out a claim whose holder died mid-settle, then settles once', async () => {
    const session = await startRound(nodeA, nodeA);
    const client = connectRedis(redis.url, createLogger('silent'));
    try {
      // What a node leaves behind when it dies holding the claim: nobody renews it.
      const key = `deadline:${session.id}:0:${session.deadline}`;
      const claimMs = (session.deadline ?? 0) - Date.now() + 3_000;
      expect(await client.set(key, 'a-node-that-died', 'PX', claimMs, 'NX')).toBe('OK');
      const refused = (line: LogLine) =>
        line.msg === 'deadline claimed by another node' && line.sessionId === session.id;
      await Promise.all([nodeA.waitForLog(refused), nodeB.waitForLog(refused)]);
      // Read before checking the claim: were the round settled, it was settled under the claim.
      const { body } = await call<{ session: Session }>(
        nodeB,
        'GET',
        `/api/sessions/${session.id}`,
      );
      expect(await client.pttl(key)).toBeGreaterThan(0);
      expect(body.session.status).toBe('active');

      await completed(nodeA, session.id);
      expect(await eventCounts(nodeB, session.id)).toMatchObject({
        'round:end': 1,
        'round:verdict': 1,
      });
      expect(linesOf([nodeA, nodeB], 'judging a closed round', session.id)).toHaveLength(1);
    } finally {
      client.disconnect();
    }
  });

  it('fires when the node that started the round is killed before its deadline', async () => {
    const session = await startRound(nodeA, nodeA);
    await nodeA.kill('SIGKILL');

    const done = await completed(nodeB, session.id);
    expect(done.summary?.questions[0]).toMatchObject({ verdict: 'accepted', passed: 10 });
    expect(await eventCounts(nodeB, session.id)).toMatchObject({
      'round:end': 1,
      'round:verdict': 1,
    });
    expect(linesOf([nodeB], 'deadline claimed; settling the round', session.id)).toHaveLength(1);
  });
});
