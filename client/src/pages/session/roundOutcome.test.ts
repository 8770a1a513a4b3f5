import { describe, expect, it } from 'vitest';
import type { RoundState } from '@mockloop/shared';
import { outcomeText, timeUsed } from './roundOutcome';

const BASE: RoundState = {
  index: 0,
  questionId: 'q',
  kind: 'coding',
  title: 'Q',
  minutes: 10,
  status: 'over',
  startedAt: 1_000,
  deadline: 601_000,
  endedAt: 91_000,
  endReason: 'ended',
  question: null,
  hintCount: 0,
  revealedHints: [],
  draft: null,
  revision: 0,
  savedAt: null,
  lastRun: null,
  lastSubmit: null,
  runs: 0,
  submits: 0,
  outcome: null,
  selfRating: null,
  checklist: null,
};

describe('round outcome lines', () => {
  it('gives a coding verdict with its cases and why the round ended', () => {
    const round: RoundState = {
      ...BASE,
      outcome: { verdict: 'accepted', passed: 10, total: 10, result: null, language: 'typescript' },
    };
    expect(outcomeText(round)).toBe('Accepted: 10 of 10 cases passed (ended early)');
    expect(outcomeText({ ...BASE, endReason: 'skipped' })).toBe('No code judged (skipped)');
    expect(timeUsed(round)).toBe('1:30');
  });

  it('averages a behavioral self-rating and counts a design checklist', () => {
    const behavioral: RoundState = {
      ...BASE,
      kind: 'behavioral',
      endReason: 'expired',
      selfRating: { ratings: { communication: 3, leadership: 4 }, note: '' },
    };
    expect(outcomeText(behavioral)).toBe('Self-rating 3.5 of 4 (time ran out)');
    const design: RoundState = {
      ...BASE,
      kind: 'system-design',
      checklist: { ticked: [0], total: 3 },
    };
    expect(outcomeText(design)).toBe('Covered 1 of 3 rubric items (ended early)');
  });
});
