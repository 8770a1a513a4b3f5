import type { Session } from '@mockloop/shared';

const DAY = 24 * 60 * 60 * 1000;
const QUESTIONS = ['count-multiples', 'running-total', 'lru-cache', 'disagree-with-senior'];

/**
 * `count` made-up sessions of `userId`, newest first, a mix of practice rounds and interviews
 * with verdicts and scores: the history page's test and `npm run bench:history` render these.
 */
export function historySessions(count: number, userId: string, now = Date.UTC(2026, 11, 1)) {
  return Array.from({ length: count }, (_, i): Session => {
    const createdAt = now - i * DAY;
    const interview = i % 3 === 0;
    const questionId = QUESTIONS[i % QUESTIONS.length]!;
    return {
      id: `session-${i}`,
      kind: interview ? 'interview' : 'practice',
      title: interview ? 'Coding interview' : `Practice ${i}`,
      status: 'completed',
      createdBy: userId,
      createdAt,
      updatedAt: createdAt,
      deadline: null,
      endedAt: createdAt + 35 * 60_000,
      participants: [
        { userId, role: i % 2 ? 'interviewer' : 'candidate', joinedAt: createdAt, former: false },
      ],
      questions: [
        {
          questionId,
          contentHash: 'abcdef12',
          competencies: [],
          askedAt: createdAt,
          deadline: null,
        },
      ],
      summary: {
        durationMs: 35 * 60_000,
        questions: [
          { questionId, verdict: i % 4 ? 'accepted' : 'wrong_answer', passed: 9, total: 10 },
        ],
      },
      feedback: interview
        ? [{ authorId: 'peer', createdAt, ratings: { communication: 3 }, notes: '' }]
        : [],
    };
  });
}
