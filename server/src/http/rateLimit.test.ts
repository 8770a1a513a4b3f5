import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rateLimit';

describe('RateLimiter', () => {
  it('allows a burst of `limit`, then refuses until tokens refill', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 3, windowMs: 3000 }, () => now);
    expect([1, 2, 3].map(() => limiter.take('ip').ok)).toEqual([true, true, true]);
    expect(limiter.take('ip')).toEqual({ ok: false, retryAfterMs: 1000 });
    now = 999;
    expect(limiter.take('ip').ok).toBe(false);
    now = 2000;
    expect(limiter.take('ip').ok).toBe(true);
  });

  it('keeps keys apart and throws a 429 with a retry hint from consume()', () => {
    const limiter = new RateLimiter({ limit: 1, windowMs: 60_000 }, () => 0);
    limiter.consume('a');
    limiter.consume('b');
    expect(() => limiter.consume('a', 'sign-in attempts')).toThrow(
      expect.objectContaining({
        status: 429,
        code: 'rate_limited',
        message: 'Too many sign-in attempts; try again in 60 s.',
        retryAfterSeconds: 60,
      }),
    );
  });
});
