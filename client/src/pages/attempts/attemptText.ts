import type { Attempt } from '@mockloop/shared';

/** An attempt's outcome in a few words: its verdict and cases, a rubric count, or a score. */
export function attemptOutcome(attempt: Attempt): string {
  const parts: string[] = [];
  if (attempt.verdict) {
    parts.push(attempt.verdict.replaceAll('_', ' '));
    if (attempt.total !== null) parts.push(`${attempt.passed ?? 0}/${attempt.total} tests`);
    if (attempt.hiddenTotal !== null)
      parts.push(`${attempt.hiddenPassed ?? 0}/${attempt.hiddenTotal} hidden`);
  } else if (attempt.total !== null) {
    parts.push(`${attempt.passed ?? 0}/${attempt.total} rubric items`);
  }
  if (attempt.score !== null) parts.push(`score ${attempt.score.toFixed(1)}/4`);
  if (parts.length > 0) return parts.join(', ');
  return attempt.timeUsedMs === null ? 'In progress' : 'No verdict';
}

/** `12 min 5 s`, `45 s`, or `still running`. */
export function timeUsed(ms: number | null): string {
  if (ms === null) return 'still running';
  const seconds = Math.round(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${rest} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** A stable key for an attempt: one session may ask a question in more than one round. */
export function attemptKey(attempt: Attempt): string {
  return `${attempt.sessionId}:${attempt.round}:${attempt.startedAt}`;
}
