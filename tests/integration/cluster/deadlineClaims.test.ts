import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../server/src/logger';
import { connectRedis } from '../../../server/src/redis/connectRedis';
import { redisDeadlineClaims } from '../../../server/src/redis/redisDeadlineClaims';
import { redisUnavailable, startRedis, type RedisServer } from '../helpers/redisServer';

// [ST9] The claim every node takes before settling a round, against a real redis-server.
const skipReason = redisUnavailable();
if (skipReason) console.warn(skipReason);

let server: RedisServer;
let redis: ReturnType<typeof connectRedis>;

describe.skipIf(skipReason)('redisDeadlineClaims', () => {
  beforeAll(async () => {
    server = await startRedis();
    redis = connectRedis(server.url, createLogger('silent'));
  });
  afterAll(async () => {
    redis?.disconnect();
    await server?.close();
  });

  it('grants a key to one holder at a time; giving it up frees it', async () => {
    const log = createLogger('silent');
    const nodeA = redisDeadlineClaims(redis, log);
    const nodeB = redisDeadlineClaims(redis, log);
    const lease = await nodeA.claim('deadline:s1:0:1000');
    expect(lease).not.toBeNull();
    expect(await nodeB.claim('deadline:s1:0:1000')).toBeNull();
    expect(await nodeB.claim('deadline:s1:1:2000')).not.toBeNull();
    await lease?.release();
    expect(await nodeB.claim('deadline:s1:0:1000')).not.toBeNull();
  });

  it("never gives up another holder's claim after its own lapsed", async () => {
    const claims = redisDeadlineClaims(redis, createLogger('silent'), { ttlMs: 60_000 });
    const lease = await claims.claim('deadline:s2:0:1000');
    // Its ttl ran out (a stalled holder) and another node claimed the round.
    await redis.del('deadline:s2:0:1000');
    await redis.set('deadline:s2:0:1000', 'another-node', 'PX', 60_000);
    await lease?.release();
    expect(await redis.get('deadline:s2:0:1000')).toBe('another-node');
  });

  it('renews a claim while it is held and lets it lapse once its holder is gone', async () => {
    const claims = redisDeadlineClaims(redis, createLogger('silent'), { ttlMs: 300 });
    const lease = await claims.claim('deadline:s3:0:1000');
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(await redis.pttl('deadline:s3:0:1000')).toBeGreaterThan(0);
    await lease?.release();
    // What a dead holder leaves: a claim nobody renews.
    await redis.set('deadline:s3:1:2000', 'a-node-that-died', 'PX', 300);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(await claims.claim('deadline:s3:1:2000')).not.toBeNull();
  });
});
