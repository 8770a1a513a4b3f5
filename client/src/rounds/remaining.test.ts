import { describe, expect, it } from 'vitest';
import { formatClock, remaining, timerPhase } from './remaining';

describe('remaining', () => {
  it('counts down to the deadline on the server clock', () => {
    expect(remaining(1_000, 61_000, 0)).toBe(60_000);
    // The server is 5 s ahead of this browser: 5 s less is left than the local clock says.
    expect(remaining(1_000, 61_000, 5_000)).toBe(55_000);
    // The server is 5 s behind: 5 s more.
    expect(remaining(1_000, 61_000, -5_000)).toBe(65_000);
  });

  it('never goes below zero', () => {
    expect(remaining(100_000, 61_000, 0)).toBe(0);
    expect(remaining(60_000, 61_000, 2_000)).toBe(0);
  });
});

describe('timerPhase', () => {
  it('warns at 5 minutes and at 1 minute, then is over', () => {
    expect(timerPhase(5 * 60_000 + 1)).toBe('running');
    expect(timerPhase(5 * 60_000)).toBe('five-minutes');
    expect(timerPhase(60_001)).toBe('five-minutes');
    expect(timerPhase(60_000)).toBe('one-minute');
    expect(timerPhase(1)).toBe('one-minute');
    expect(timerPhase(0)).toBe('over');
  });
});

describe('formatClock', () => {
  it('shows minutes and seconds, rounding up, and hours from an hour up', () => {
    expect(formatClock(0)).toBe('0:00');
    expect(formatClock(1)).toBe('0:01');
    expect(formatClock(65_000)).toBe('1:05');
    expect(formatClock(45 * 60_000)).toBe('45:00');
    expect(formatClock(3 * 3600_000 + 61_000)).toBe('3:01:01');
  });
});
