import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTH_LIMITS, createAuthLimits, type AuthLimits } from './authLimits';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Seconds until `username` may try again from `ip`, or 0 when it may try now. */
async function waitFor(limits: AuthLimits, ip: string, username: string): Promise<number> {
  try {
    await limits.beforeSignIn(ip, username);
    return 0;
  } catch (error) {
    return (error as { retryAfterSeconds: number }).retryAfterSeconds;
  }
}

async function failNow(limits: AuthLimits, ip: string, username: string): Promise<void> {
  expect(await waitFor(limits, ip, username)).toBe(0);
  await limits.signInFailed(ip, username);
}

describe('sign-in back-off', () => {
  it('lets 5 wrong passwords through, then doubles the wait from 15 s up to 15 min', async () => {
    const limits = createAuthLimits();
    for (let i = 0; i < AUTH_LIMITS.freeFailures; i++) await failNow(limits, '10.0.0.1', 'ada');
    const waits: number[] = [];
    for (let i = 0; i < 8; i++) {
      await failNow(limits, '10.0.0.1', 'ada');
      const wait = await waitFor(limits, '10.0.0.1', 'ada');
      waits.push(wait);
      // Sit out the back-off and the per-address minute before the next guess.
      vi.advanceTimersByTime(Math.max(wait, 60) * 1000);
    }
    expect(waits).toEqual([15, 30, 60, 120, 240, 480, 900, 900]);
  });

  it('holds back only that username from that address', async () => {
    const limits = createAuthLimits();
    for (let i = 0; i <= AUTH_LIMITS.freeFailures; i++) await failNow(limits, '10.0.0.1', 'ada');
    expect(await waitFor(limits, '10.0.0.1', 'ada')).toBe(15);
    expect(await waitFor(limits, '10.0.0.1', 'ADA')).toBe(15);
    expect(await waitFor(limits, '10.0.0.2', 'ada')).toBe(0);
    expect(await waitFor(limits, '10.0.0.1', 'grace')).toBe(0);
  });

  it('forgets the run of failures after a right password', async () => {
    const limits = createAuthLimits();
    for (let i = 0; i < AUTH_LIMITS.freeFailures; i++) await failNow(limits, '10.0.0.1', 'ada');
    await limits.signInSucceeded('10.0.0.1', 'ada');
    await failNow(limits, '10.0.0.1', 'ada');
    expect(await waitFor(limits, '10.0.0.1', 'ada')).toBe(0);
  });
});
