import type { Attempt, PublicRunResult, QuestionKind } from '@mockloop/shared';

/** An attempt with what the page heading needs of the question as it was asked. */
export interface AskedAttempt {
  attempt: Attempt;
  title: string;
  kind: QuestionKind;
}

/** Hidden cases accepted out of those judged, from a result as its viewer saw it. */
export function hiddenCounts(
  result: PublicRunResult | null | undefined,
): Pick<Attempt, 'hiddenPassed' | 'hiddenTotal'> {
  const hidden = result?.tests.filter((t) => t.hidden) ?? [];
  if (hidden.length === 0) return { hiddenPassed: null, hiddenTotal: null };
  return {
    hiddenPassed: hidden.filter((t) => t.verdict === 'accepted').length,
    hiddenTotal: hidden.length,
  };
}

/** The mean of `scores`, or `null` when there are none. */
export function meanScore(scores: readonly number[]): number | null {
  return scores.length === 0 ? null : scores.reduce((sum, s) => sum + s, 0) / scores.length;
}
