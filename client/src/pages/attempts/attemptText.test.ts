import { describe, expect, it } from 'vitest';
import type { Attempt } from '@mockloop/shared';
import { attemptOutcome, timeUsed } from './attemptText';

const base: Attempt = {
  sessionId: 's',
  sessionKind: 'practice',
  sessionTitle: 'T',
  role: 'candidate',
  round: 0,
  startedAt: 0,
  timeUsedMs: 60_000,
  verdict: null,
  passed: null,
  total: null,
  hiddenPassed: null,
  hiddenTotal: null,
  score: null,
  language: null,
  code: null,
  answer: null,
};

describe('attemptOutcome', () => {
  it('names the verdict with its tests and hidden cases', () => {
    expect(
      attemptOutcome({
        ...base,
        verdict: 'wrong_answer',
        passed: 7,
        total: 10,
        hiddenPassed: 5,
        hiddenTotal: 8,
      }),
    ).toBe('wrong answer, 7/10 tests, 5/8 hidden');
  });

  it('counts rubric items of a design round and scores of a rated one', () => {
    expect(attemptOutcome({ ...base, passed: 3, total: 5 })).toBe('3/5 rubric items');
    expect(attemptOutcome({ ...base, score: 2.5 })).toBe('score 2.5/4');
  });

  it('tells a running attempt from one with nothing judged', () => {
    expect(attemptOutcome({ ...base, timeUsedMs: null })).toBe('In progress');
    expect(attemptOutcome(base)).toBe('No verdict');
  });
});

describe('timeUsed', () => {
  it('reads as minutes and seconds', () => {
    expect(timeUsed(null)).toBe('still running');
    expect(timeUsed(45_000)).toBe('45 s');
    expect(timeUsed(12 * 60_000)).toBe('12 min');
    expect(timeUsed(12 * 60_000 + 5_400)).toBe('12 min 5 s');
  });
});
