import { describe, expect, it } from 'vitest';
import type { Session } from '@mockloop/shared';
import { filtersFrom } from './HistoryFiltersForm';
import { sessionMinutes, sessionOutcome } from './sessionOutcome';

const base: Session = {
  id: 's',
  kind: 'practice',
  title: 'Loop',
  status: 'completed',
  createdBy: 'u',
  createdAt: 0,
  updatedAt: 0,
  deadline: null,
  endedAt: 30 * 60_000,
  participants: [{ userId: 'u', role: 'candidate', joinedAt: 0, former: false }],
  questions: [],
  summary: null,
  feedback: [],
};

describe('sessionOutcome', () => {
  it('counts accepted coding rounds and averages every rating given', () => {
    const session: Session = {
      ...base,
      summary: {
        durationMs: 1,
        questions: [
          { questionId: 'a', verdict: 'accepted', passed: 3, total: 3 },
          { questionId: 'b', verdict: 'wrong_answer', passed: 1, total: 3 },
          { questionId: 'c', verdict: null, passed: 0, total: 0 },
        ],
      },
      feedback: [
        { authorId: 'u', createdAt: 1, ratings: { leadership: 3, mentorship: 4 }, notes: '' },
      ],
    };
    expect(sessionOutcome(session)).toBe('1/2 accepted, score 3.5/4');
    expect(sessionOutcome({ ...base, status: 'active' })).toBe('In progress');
    expect(sessionOutcome({ ...base, status: 'abandoned' })).toBe('Abandoned');
    expect(sessionMinutes(base)).toBe(30);
    expect(sessionMinutes({ ...base, endedAt: null })).toBeNull();
  });

  it('reads only known filters from the address, and no empty ones', () => {
    const params = new URLSearchParams('kind=interview&status=&colour=red&from=2026-11-01');
    expect(filtersFrom(params)).toEqual({ kind: 'interview', from: '2026-11-01' });
  });
});
