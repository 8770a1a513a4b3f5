import { describe, expect, it } from 'vitest';
import { FeedbackSchema, type Scorecard } from '@mockloop/shared';
import { scorecardFeedback } from './scorecardFeedback';

describe('scorecardFeedback', () => {
  const card: Scorecard = {
    ratings: {
      'problem-solving': { score: 3, evidence: 'Found the O(n) pass.' },
      security: { score: 1, evidence: '' },
    },
    strengths: 'Clear thinking aloud.',
    improvements: '',
    recommendation: 'hire',
  };

  it('keeps the scores as ratings and the texts as notes, in a valid Feedback', () => {
    const feedback = scorecardFeedback('ivy', 42, card);
    expect(FeedbackSchema.parse(feedback)).toEqual({
      authorId: 'ivy',
      createdAt: 42,
      ratings: { 'problem-solving': 3, security: 1 },
      notes: 'Recommendation: Hire\n\nStrengths:\nClear thinking aloud.',
    });
  });
});
