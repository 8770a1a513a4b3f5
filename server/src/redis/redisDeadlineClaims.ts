import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger';
import type { ClaimLease, DeadlineClaims } from '../sessions/practice/DeadlineClaims';

export interface RedisClaimOptions {
  /** How long a claim outlives its last renewal (a dead holder's claim lapses after this). */
  ttlMs?: number;
}

// Renew or give up a claim only while it is still ours: another node may hold the key after
// ours lapsed, and a plain PEXPIRE or DEL would touch theirs.
const RENEW = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end`;
const RELEASE = `if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1]) else return 0 end`;

/**
 * Claims in Redis: `SET key <holder> NX PX ttl`, renewed every third of the ttl while held.
 * The holder value is unique per claim, so a node never mistakes an old claim for its own.
 */
export function redisDeadlineClaims(
  redis: Redis,
  log: Logger,
  options: RedisClaimOptions = {},
): DeadlineClaims {
  const ttlMs = options.ttlMs ?? 15_000;
  return {
    async claim(key) {
      const holder = randomUUID();
      const won = await redis.set(key, holder, 'PX', ttlMs, 'NX');
      if (won !== 'OK') return null;
      const renewal = setInterval(() => {
        redis.eval(RENEW, 1, key, holder, ttlMs).then(
          (renewed) => {
            if (renewed === 0) log.warn({ key }, 'a deadline claim lapsed while still settling');
          },
          (error: unknown) => log.warn({ err: error, key }, 'renewing a deadline claim failed'),
        );
      }, ttlMs / 3);
      renewal.unref();
      const lease: ClaimLease = {
        async release() {
          clearInterval(renewal);
          await redis.eval(RELEASE, 1, key, holder).catch((error: unknown) => {
            // It lapses by itself within the ttl; the next claimant finds the round settled.
            log.warn({ err: error, key }, 'releasing a deadline claim failed');
          });
        },
      };
      return lease;
    },
  };
}
