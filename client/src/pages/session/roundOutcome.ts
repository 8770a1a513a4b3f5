import type { RoundState } from '@mockloop/shared';
import { formatClock } from '../../rounds/remaining';
import { verdictLabel } from '../practice/ResultsPanel';

const END_REASONS: Record<NonNullable<RoundState['endReason']>, string> = {
  expired: 'time ran out',
  ended: 'ended early',
  skipped: 'skipped',
  question_missing: 'the question left the bank',
};

/** How long the round ran, as `m:ss`. */
export function timeUsed(round: RoundState): string {
  if (round.startedAt === null || round.endedAt === null) return '–';
  return formatClock(round.endedAt - round.startedAt);
}

/** One line on how a round went: verdict and cases, self-rating, or checklist score. */
export function outcomeText(round: RoundState): string {
  if (round.status === 'pending') return 'Not started';
  if (round.status === 'running') return 'Running';
  if (round.status === 'judging') return 'Judging…';
  const reason = round.endReason ? END_REASONS[round.endReason] : 'over';
  if (round.kind === 'coding') {
    const outcome = round.outcome;
    if (!outcome?.verdict) return `No code judged (${reason})`;
    return `${verdictLabel(outcome.verdict)}: ${outcome.passed} of ${outcome.total} cases passed (${reason})`;
  }
  if (round.kind === 'behavioral') {
    const ratings = Object.values(round.selfRating?.ratings ?? {});
    if (ratings.length === 0) return `Answered (${reason}); not rated yet`;
    const mean = ratings.reduce((sum, n) => sum + n, 0) / ratings.length;
    return `Self-rating ${mean.toFixed(1)} of 4 (${reason})`;
  }
  if (!round.checklist) return `Designed (${reason}); checklist not ticked yet`;
  return `Covered ${round.checklist.ticked.length} of ${round.checklist.total} rubric items (${reason})`;
}
