import type { Recommendation } from '@mockloop/shared';
import { RATING_SCALE } from '../../rounds/ratingScale';

/** The scorecard's 1 to 4 per competency: the same scale and words as every other feedback. */
export const SCORE_SCALE = RATING_SCALE;

export function scoreLabel(score: number): string {
  return SCORE_SCALE.find((point) => point.value === score)?.label ?? String(score);
}

export const RECOMMENDATION_LABELS: Record<Recommendation, string> = {
  'strong-no-hire': 'Strong no hire',
  'no-hire': 'No hire',
  hire: 'Hire',
  'strong-hire': 'Strong hire',
};

/** The candidate's 1 to 5 for the interviewer's clarity and helpfulness. */
export const RATING_POINTS = [
  { value: 1, label: 'Poor' },
  { value: 2, label: 'Fair' },
  { value: 3, label: 'Good' },
  { value: 4, label: 'Very good' },
  { value: 5, label: 'Excellent' },
] as const;

export function ratingLabel(value: number): string {
  return RATING_POINTS.find((point) => point.value === value)?.label ?? String(value);
}
