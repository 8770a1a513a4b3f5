import { describe, expect, it } from 'vitest';
import { memoryLimiter } from './sharedLimiter';

describe('memoryLimiter', () => {
  it('spends one unit per call and then refuses with 429 rate_limited naming what ran out', async () => {
    const limiter = memoryLimiter('runs', { limit: 2, windowMs: 60_000 });
    await limiter.consume('user:a', 'runs');
    await limiter.consume('user:a', 'runs');
    await expect(limiter.consume('user:a', 'runs')).rejects.toMatchObject({
      status: 429,
      code: 'rate_limited',
    });
    // Another key keeps its own allowance.
    await expect(limiter.consume('user:b', 'runs')).resolves.toBeUndefined();
  });
});
