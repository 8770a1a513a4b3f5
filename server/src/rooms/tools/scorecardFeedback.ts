import { COMPETENCY_IDS, type CompetencyId, type Feedback, type Scorecard } from '@mockloop/shared';

const RECOMMENDATION_LABELS: Record<Scorecard['recommendation'], string> = {
  'strong-no-hire': 'Strong no hire',
  'no-hire': 'No hire',
  hire: 'Hire',
  'strong-hire': 'Strong hire',
};

/**
 * A live round's scorecard as the session's `Feedback`, the form history and progress read:
 * the scores as ratings, and the recommendation, strengths and areas to improve as its notes.
 */
export function scorecardFeedback(authorId: string, createdAt: number, card: Scorecard): Feedback {
  const ratings: Partial<Record<CompetencyId, number>> = {};
  for (const id of COMPETENCY_IDS) {
    const rating = card.ratings[id];
    if (rating) ratings[id] = rating.score;
  }
  const notes = [
    `Recommendation: ${RECOMMENDATION_LABELS[card.recommendation]}`,
    card.strengths && `Strengths:\n${card.strengths}`,
    card.improvements && `Areas to improve:\n${card.improvements}`,
  ]
    .filter(Boolean)
    .join('\n\n');
  return { authorId, createdAt, ratings, notes };
}
