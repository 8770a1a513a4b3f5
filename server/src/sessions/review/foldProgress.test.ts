import { describe, expect, it } from 'vitest';
import type { Session } from '@mockloop/shared';
import { foldProgress, weekStart, type QuestionInfo } from './foldProgress';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.UTC(2026, 11, 1, 12); // a Tuesday

function session(patch: Partial<Session>): Session {
  return {
    id: 's',
    kind: 'practice',
    title: '',
    status: 'completed',
    createdBy: 'me',
    createdAt: NOW,
    updatedAt: NOW,
    deadline: null,
    endedAt: NOW,
    participants: [{ userId: 'me', role: 'candidate', joinedAt: NOW, former: false }],
    questions: [],
    summary: null,
    feedback: [],
    ...patch,
  };
}

const asked = (questionId: string, askedAt = NOW) => ({
  questionId,
  contentHash: 'abcdef12',
  competencies: [],
  askedAt,
  deadline: null,
});
const question: QuestionInfo = (id) =>
  id === 'gone'
    ? undefined
    : { title: id.toUpperCase(), difficulty: id.startsWith('h') ? 'hard' : 'easy' };

describe('foldProgress', () => {
  it('starts weeks on Monday, UTC', () => {
    expect(new Date(weekStart(NOW)).toISOString()).toBe('2026-11-30T00:00:00.000Z');
  });

  it('counts sessions and accepted rounds per week, over the last 12 weeks only', () => {
    const progress = foldProgress(
      [
        session({
          summary: {
            durationMs: 1,
            questions: [
              { questionId: 'a', verdict: 'accepted', passed: 1, total: 1 },
              { questionId: 'b', verdict: 'wrong_answer', passed: 0, total: 1 },
            ],
          },
        }),
        session({ createdAt: NOW - 8 * DAY }),
        session({ createdAt: NOW - 200 * DAY }),
      ],
      'me',
      question,
      [],
      NOW,
    );
    expect(progress.weeks).toHaveLength(12);
    expect(progress.weeks.at(-1)).toMatchObject({ sessions: 1, judged: 2, accepted: 1 });
    expect(progress.weeks.at(-2)).toMatchObject({ sessions: 1, judged: 0 });
    expect(progress.sessionsRead).toBe(3);
  });

  it('scores a person from others’ scorecards and their own self-ratings, never their scorecards of others', () => {
    const feedback = (authorId: string, score: number) => ({
      authorId,
      createdAt: NOW,
      ratings: { communication: score },
      notes: '',
    });
    const progress = foldProgress(
      [
        session({ kind: 'interview', feedback: [feedback('peer', 4), feedback('me', 1)] }),
        session({ kind: 'practice', feedback: [feedback('me', 2)] }),
      ],
      'me',
      question,
      [],
      NOW,
    );
    expect(progress.competencies).toEqual([
      { competency: 'communication', mean: 3, fromInterviewers: 1, fromSelf: 1 },
    ]);
  });

  it('queues a question for review by its latest attempt, and only if the bank still has it', () => {
    const verdict = (questionId: string, v: 'accepted' | 'wrong_answer') => ({
      durationMs: 1,
      questions: [{ questionId, verdict: v, passed: 0, total: 1 }],
    });
    const progress = foldProgress(
      [
        session({ questions: [asked('fixed')], summary: verdict('fixed', 'accepted') }),
        session({
          questions: [asked('fixed', NOW - DAY)],
          summary: verdict('fixed', 'wrong_answer'),
        }),
        session({ questions: [asked('broken')], summary: verdict('broken', 'wrong_answer') }),
        session({ questions: [asked('gone')], summary: verdict('gone', 'wrong_answer') }),
        session({
          questions: [asked('story')],
          feedback: [{ authorId: 'me', createdAt: NOW, ratings: { leadership: 2 }, notes: '' }],
        }),
      ],
      'me',
      question,
      [],
      NOW,
    );
    expect(progress.reviewQueue.map((r) => [r.questionId, r.reason])).toEqual([
      ['broken', 'failed'],
      ['story', 'rated-low'],
    ]);
  });

  it('takes the median time to accept per difficulty', () => {
    const progress = foldProgress(
      [],
      'me',
      question,
      [
        { questionId: 'e1', minutes: 10 },
        { questionId: 'e2', minutes: 20 },
        { questionId: 'h1', minutes: 40 },
        { questionId: 'gone', minutes: 1 },
      ],
      NOW,
    );
    expect(progress.timeToAccept).toEqual([
      { difficulty: 'easy', medianMinutes: 15, accepted: 2 },
      { difficulty: 'medium', medianMinutes: null, accepted: 0 },
      { difficulty: 'hard', medianMinutes: 40, accepted: 1 },
    ]);
  });
});
