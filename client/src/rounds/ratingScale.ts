/**
 * The feedback schema's scale (`FeedbackSchema.ratings` in shared/src/schemas/session.ts:
 * 1 = no hire .. 4 = strong hire), with the words shown beside each point.
 */
export const RATING_SCALE = [
  { value: 1, label: 'No hire' },
  { value: 2, label: 'Leaning no hire' },
  { value: 3, label: 'Leaning hire' },
  { value: 4, label: 'Strong hire' },
] as const;

export type Rating = (typeof RATING_SCALE)[number]['value'];
