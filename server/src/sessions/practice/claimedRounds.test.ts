import { describe, expect, it } from 'vitest';
import { dueRound } from './claimedRounds';
import { emptyPracticeLog, type PracticeLog, type RoundLog } from './practiceLog';

// [ST9] What a node claims next: the earliest round with work left, keyed on its deadline.
function round(fields: Partial<RoundLog>): RoundLog {
  return {
    start: null,
    draft: null,
    hintsRevealed: 0,
    lastRun: null,
    lastSubmit: null,
    runs: 0,
    submits: 0,
    end: null,
    verdict: null,
    selfRating: null,
    checklist: null,
    ...fields,
  };
}
const started = (deadline: number) => ({ deadline }) as unknown as NonNullable<RoundLog['start']>;
const verdict = {} as NonNullable<RoundLog['verdict']>;
const log = (...rounds: RoundLog[]): PracticeLog => ({ ...emptyPracticeLog(), rounds });

describe('dueRound', () => {
  it('times a running round at its deadline', () => {
    expect(dueRound(log(round({ start: started(9_000) }), round({})), 5_000)).toEqual({
      index: 0,
      deadline: 9_000,
      dueAt: 9_000,
    });
  });

  it('puts a missing verdict first, due now, under its round deadline', () => {
    const ended = round({ start: started(9_000), end: { reason: 'ended', at: 4_000 } });
    expect(dueRound(log(ended, round({ start: started(70_000) })), 5_000)).toEqual({
      index: 0,
      deadline: 9_000,
      dueAt: 5_000,
    });
  });

  it('skips settled rounds, and rounds whose question left the bank', () => {
    const settled = round({
      start: started(9_000),
      end: { reason: 'expired', at: 9_000 },
      verdict,
    });
    const missing = round({ end: { reason: 'question_missing', at: 9_000 }, verdict });
    const next = round({ start: started(20_000) });
    expect(dueRound(log(settled, missing, next), 10_000)?.index).toBe(2);
  });

  it('mends a record that lags a fully settled log through its last round', () => {
    const settled = round({
      start: started(9_000),
      end: { reason: 'expired', at: 9_000 },
      verdict,
    });
    expect(dueRound(log(settled), 10_000)).toEqual({ index: 0, deadline: 9_000, dueAt: 10_000 });
    expect(dueRound(log(), 10_000)).toBeNull();
  });
});
