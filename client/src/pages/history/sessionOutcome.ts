import type { Session } from '@mockloop/shared';

/** A session's outcome in a few words: verdicts of its coding rounds, or its average score. */
export function sessionOutcome(session: Session): string {
  if (session.status === 'active') return 'In progress';
  const judged = session.summary?.questions.filter((q) => q.verdict !== null) ?? [];
  const scores = session.feedback.flatMap((f) => Object.values(f.ratings));
  const parts: string[] = [];
  if (judged.length > 0) {
    const accepted = judged.filter((q) => q.verdict === 'accepted').length;
    parts.push(`${accepted}/${judged.length} accepted`);
  }
  if (scores.length > 0) {
    const mean = scores.reduce((sum, s) => sum + s, 0) / scores.length;
    parts.push(`score ${mean.toFixed(1)}/4`);
  }
  return parts.length > 0
    ? parts.join(', ')
    : session.status === 'abandoned'
      ? 'Abandoned'
      : 'Done';
}

/** Whole minutes from start to end, or `null` while it runs. */
export function sessionMinutes(session: Session): number | null {
  return session.endedAt === null
    ? null
    : Math.max(1, Math.round((session.endedAt - session.createdAt) / 60_000));
}
