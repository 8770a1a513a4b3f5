import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack, PongData } from '@mockloop/shared';
import { call, guest, post } from '../auth/authHttp';
import type { TestServer, TestSocket } from '../helpers/startTestServer';
import { SMALL_BANK } from '../rooms/helpers/docRoom';
import { clusterSkipReason, startCluster, within, type Cluster } from './startCluster';

/** Resolves with the reason once the server drops `socket`. */
function dropped(socket: TestSocket): Promise<string> {
  return new Promise((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
}

async function stillAlive(socket: TestSocket): Promise<boolean> {
  const reply = (await socket
    .timeout(2_000)
    .emitWithAck('system:ping', { nonce: 'alive' })) as Ack<PongData>;
  return reply.ok;
}

describe.skipIf(clusterSkipReason)('two nodes share sign-ins, limits and health', () => {
  let cluster: Cluster;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    cluster = await startCluster(2, SMALL_BANK, { productionRateLimits: true });
    [a, b] = cluster.nodes as [TestServer, TestServer];
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('a sign-out on node A drops the socket it opened on node B, and only that one', async () => {
    const leaving = await guest(a, 'Signing out on A');
    const bystander = await guest(a, 'Staying');
    const onB = await b.connect({ cookie: leaving.cookie });
    const otherOnB = await b.connect({ cookie: bystander.cookie });
    const drop = dropped(onB);
    expect((await post(a, '/api/auth/signout', undefined, leaving.cookie)).status).toBe(204);
    expect(await within(drop, 5_000, 'the socket on B dropped')).toBe('io server disconnect');
    expect(await stillAlive(otherOnB)).toBe(true);
  });

  it('deleting the account on node B drops the person’s socket on node A', async () => {
    const leaving = await guest(b, 'Deleting on B');
    const onA = await a.connect({ cookie: leaving.cookie });
    const drop = dropped(onA);
    const res = await call(b, '/api/me', { method: 'DELETE', cookie: leaving.cookie });
    expect(res.status).toBe(204);
    expect(await within(drop, 5_000, 'the socket on A dropped')).toBe('io server disconnect');
  });

  it('an address’s allowance is shared: alternating nodes does not double it', async () => {
    // 10 new guests or accounts per address per 10 minutes (docs/access-rules.md), whichever
    // node answers. One forwarded address (loopback is a trusted proxy) keeps other tests apart.
    const answers: number[] = [];
    for (let i = 0; i < 14; i += 1) {
      const res = await call(i % 2 === 0 ? a : b, '/api/auth/guest', {
        method: 'POST',
        body: { displayName: `Guest ${i}` },
        headers: { 'x-forwarded-for': '203.0.113.7' },
      });
      answers.push(res.status);
    }
    expect(answers.slice(0, 10)).toEqual(Array<number>(10).fill(201));
    expect(answers.slice(10)).toEqual([429, 429, 429, 429]);
  });

  it('health lists store, Redis and judge, and answers 503 while Redis is down', async () => {
    const up = await call(a, '/api/health?checks');
    expect(up.status).toBe(200);
    expect(up.body).toEqual({
      ok: true,
      checks: { store: { ok: true }, redis: { ok: true }, judge: { ok: true } },
    });
    await cluster.redis.stop();
    try {
      const down = await call(a, '/api/health');
      expect(down.status).toBe(503);
      expect(down.body).toMatchObject({
        ok: false,
        checks: { store: { ok: true }, redis: { ok: false }, judge: { ok: true } },
      });
    } finally {
      await cluster.redis.restart();
    }
    const back = await within(
      (async () => {
        for (;;) {
          const res = await call(a, '/api/health');
          if (res.status === 200) return res;
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      })(),
      10_000,
      'health back after Redis restarted',
    );
    expect(back.body).toEqual({ ok: true });
  });
});
