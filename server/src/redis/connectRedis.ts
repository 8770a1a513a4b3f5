import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger';

/**
 * What a connection is for. Commands (`command`) fail fast while Redis is away, so a request
 * answers an error instead of hanging; blocking readers (`blocking`: the Socket.IO streams
 * adapter, BullMQ workers) must wait for Redis to come back, so they retry every command forever.
 */
export type RedisRole = 'command' | 'blocking';

const ROLE_OPTIONS: Record<RedisRole, RedisOptions> = {
  command: { maxRetriesPerRequest: 2, enableOfflineQueue: true },
  blocking: { maxRetriesPerRequest: null, enableOfflineQueue: true },
};

/**
 * One ioredis connection to `url` that reconnects with a capped back-off (50 ms doubling to 2 s)
 * and logs only changes of state, never every failed retry.
 */
export function connectRedis(url: string, log: Logger, role: RedisRole = 'command'): Redis {
  const redis = new Redis(url, {
    ...ROLE_OPTIONS[role],
    retryStrategy: (attempt) => Math.min(50 * 2 ** attempt, 2_000),
  });
  let down = false;
  redis.on('error', (error: Error) => {
    if (down) return;
    down = true;
    log.warn({ err: error, role }, 'redis connection lost; retrying');
  });
  redis.on('ready', () => {
    if (down) log.info({ role }, 'redis connection back');
    down = false;
  });
  return redis;
}
