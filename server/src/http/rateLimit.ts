import { rateLimited } from './AppError';

export interface RateLimitRule {
  /** Requests allowed in a burst, and per `windowMs` on average. */
  limit: number;
  windowMs: number;
}

interface Bucket {
  tokens: number;
  updatedAt: number;
}

// Past this many keys, buckets that have refilled completely are forgotten.
const PRUNE_AT = 10_000;

/**
 * An in-memory token bucket per key (an IP, a username, a user id). One process only: several
 * nodes behind a load balancer each enforce their own share.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly rule: RateLimitRule,
    private readonly now: () => number = Date.now,
  ) {}

  /** Takes one token for `key`; returns how long to wait when none is left. */
  take(key: string): { ok: true } | { ok: false; retryAfterMs: number } {
    const at = this.now();
    const perMs = this.rule.limit / this.rule.windowMs;
    const bucket = this.buckets.get(key) ?? { tokens: this.rule.limit, updatedAt: at };
    bucket.tokens = Math.min(this.rule.limit, bucket.tokens + (at - bucket.updatedAt) * perMs);
    bucket.updatedAt = at;
    if (this.buckets.size >= PRUNE_AT) this.prune(at, perMs);
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1)
      return { ok: false, retryAfterMs: Math.ceil((1 - bucket.tokens) / perMs) };
    bucket.tokens -= 1;
    return { ok: true };
  }

  /** Like `take`, but throws a 429 `rate_limited` error that says when to try again. */
  consume(key: string, what = 'requests'): void {
    const result = this.take(key);
    if (!result.ok) throw rateLimited(what, result.retryAfterMs);
  }

  private prune(at: number, perMs: number): void {
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + (at - bucket.updatedAt) * perMs >= this.rule.limit)
        this.buckets.delete(key);
    }
  }
}
