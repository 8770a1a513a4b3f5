import type { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { rateLimited } from '../http/AppError';
import { LIMIT_KEY_PREFIX } from '../http/sharedLimiter';

/** The numbers of docs/access-rules.md. */
export const AUTH_LIMITS = {
  /** Sign-in attempts per address per minute, whoever they are for. */
  signInsPerAddressPerMinute: 10,
  /** Wrong passwords in a row for one username from one address before any back-off. */
  freeFailures: 5,
  /** The first back-off, doubling with each further wrong password, up to `maxBackOffSeconds`. */
  firstBackOffSeconds: 15,
  maxBackOffSeconds: 15 * 60,
  /** A run of wrong passwords is forgotten this long after it began. */
  failureMemorySeconds: 24 * 60 * 60,
  /** New guests or accounts per address per 10 minutes. */
  accountsPerAddressPer10Minutes: 10,
} as const;

/**
 * Sign-in throttling that slows a guesser without locking the owner out: the back-off is per
 * username *and* address, so wrong passwords sent from elsewhere never stop the owner's own
 * sign-in. Each method throws 429 `rate_limited` with a retry time when over its limit.
 */
export interface AuthLimits {
  /** Before a password is checked: this address's budget, and any back-off for this username here. */
  beforeSignIn(ip: string | undefined, username: string): Promise<void>;
  /** After a wrong password: counts toward the back-off for this username from this address. */
  signInFailed(ip: string | undefined, username: string): Promise<void>;
  /** After a right password: the run of failures from this address is forgotten. */
  signInSucceeded(ip: string | undefined, username: string): Promise<void>;
  /** Before a guest or an account is created (and before any password is hashed). */
  accountCreation(ip: string | undefined): Promise<void>;
}

async function spend(limiter: RateLimiterAbstract, key: string, what: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw rateLimited(what, rejection.msBeforeNext);
    throw rejection;
  }
}

interface LimiterOptions {
  keyPrefix: string;
  points: number;
  duration: number;
}

/** In Redis (falling back to memory while it is away) when given, else in memory. */
function limiterIn(redis: Redis | undefined) {
  return (options: LimiterOptions): RateLimiterAbstract =>
    redis
      ? new RateLimiterRedis({
          ...options,
          keyPrefix: `${LIMIT_KEY_PREFIX}${options.keyPrefix}`,
          storeClient: redis,
          insuranceLimiter: new RateLimiterMemory(options),
        })
      : new RateLimiterMemory(options);
}

/**
 * The limits, in memory (one process) or, given `redis`, shared by every node so an address
 * cannot multiply its allowance by reaching other nodes. `scale` multiplies every count: suites
 * that sign in hundreds of users use a large one.
 */
export function createAuthLimits({
  scale = 1,
  redis,
}: { scale?: number; redis?: Redis } = {}): AuthLimits {
  const limits = AUTH_LIMITS;
  const limiter = limiterIn(redis);
  const signInsByAddress = limiter({
    keyPrefix: 'sign-in-address',
    points: limits.signInsPerAddressPerMinute * scale,
    duration: 60,
  });
  const failuresByUserAddress = limiter({
    keyPrefix: 'sign-in-failures',
    points: Number.MAX_SAFE_INTEGER,
    duration: limits.failureMemorySeconds,
  });
  // Only ever blocked, never consumed: a key is either backing off (blocked) or absent.
  const backOffByUserAddress = limiter({
    keyPrefix: 'sign-in-back-off',
    points: 1,
    duration: 1,
  });
  const accountsByAddress = limiter({
    keyPrefix: 'account-creation',
    points: limits.accountsPerAddressPer10Minutes * scale,
    duration: 10 * 60,
  });
  const address = (ip: string | undefined) => ip ?? 'unknown';
  const userAtAddress = (ip: string | undefined, username: string) =>
    `${username.toLowerCase()}@${address(ip)}`;

  return {
    async beforeSignIn(ip, username) {
      const backOff = await backOffByUserAddress.get(userAtAddress(ip, username));
      if (backOff && backOff.consumedPoints > 1 && backOff.msBeforeNext > 0) {
        throw rateLimited('wrong passwords for this username', backOff.msBeforeNext);
      }
      await spend(signInsByAddress, address(ip), 'sign-in attempts from your address');
    },
    async signInFailed(ip, username) {
      const key = userAtAddress(ip, username);
      const { consumedPoints } = await failuresByUserAddress.penalty(key);
      const beyondFree = consumedPoints - limits.freeFailures * scale;
      if (beyondFree <= 0) return;
      const seconds = Math.min(
        limits.firstBackOffSeconds * 2 ** Math.min(beyondFree - 1, 20),
        limits.maxBackOffSeconds,
      );
      await backOffByUserAddress.block(key, seconds);
    },
    async signInSucceeded(ip, username) {
      const key = userAtAddress(ip, username);
      await Promise.all([failuresByUserAddress.delete(key), backOffByUserAddress.delete(key)]);
    },
    async accountCreation(ip) {
      await spend(accountsByAddress, address(ip), 'new accounts from your address');
    },
  };
}
