import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { rateLimited } from './AppError';
import { RateLimiter, type RateLimitRule } from './rateLimit';

/** One allowance per key (a user, an address), in this process or shared by every node. */
export interface SharedLimiter {
  /** Spends one unit for `key`; throws 429 `rate_limited` (naming `what`) when none is left. */
  consume(key: string, what: string): Promise<void>;
}

/** Builds a limiter named `name` (its keys' prefix) enforcing `rule`. */
export type MakeLimiter = (name: string, rule: RateLimitRule) => SharedLimiter;

/** One process: today's in-memory token bucket, a burst of `limit` refilling over `windowMs`. */
export const memoryLimiter: MakeLimiter = (_name, rule) => {
  const bucket = new RateLimiter(rule);
  return {
    // Async, so a refusal is a rejection like the shared limiter's, never a synchronous throw.
    async consume(key, what) {
      await Promise.resolve();
      bucket.consume(key, what);
    },
  };
};

/** The Redis key prefix of every shared limit, so limits never collide with other keys. */
export const LIMIT_KEY_PREFIX = 'mockloop:limit:';

/**
 * Redis-backed limits (rate-limiter-flexible), so a user cannot multiply an allowance by
 * reaching other nodes: `limit` per `windowMs` window. While Redis is away, each node falls back
 * to its own in-memory limiter rather than refusing everyone or letting everyone through.
 */
export function redisLimiters(redis: Redis): MakeLimiter {
  return (name, rule) => {
    const options = {
      keyPrefix: `${LIMIT_KEY_PREFIX}${name}`,
      points: rule.limit,
      duration: Math.max(1, Math.ceil(rule.windowMs / 1000)),
    };
    const limiter = new RateLimiterRedis({
      ...options,
      storeClient: redis,
      insuranceLimiter: new RateLimiterMemory(options),
    });
    return {
      async consume(key, what) {
        try {
          await limiter.consume(key);
        } catch (rejection) {
          if (rejection instanceof RateLimiterRes) throw rateLimited(what, rejection.msBeforeNext);
          throw rejection;
        }
      },
    };
  };
}

/** Shared limits when Redis is set, the in-memory bucket otherwise. */
export function makeLimiterFor(redis: Redis | undefined): MakeLimiter {
  return redis ? redisLimiters(redis) : memoryLimiter;
}
