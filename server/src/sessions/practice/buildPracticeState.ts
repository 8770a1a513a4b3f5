import type { PracticeState, RoundState, Session, SessionSummary } from '@mockloop/shared';
import type { PracticeLog, RoundLog } from './practiceLog';
import { publicStatus, roundPhase } from './roundPhase';

/** The resume view of `GET /api/sessions/:id/practice`. */
export function buildPracticeState(session: Session, log: PracticeLog, now: number): PracticeState {
  const rounds = log.plan.map((planned, index): RoundState => {
    const r = log.rounds[index];
    if (!r) throw new Error(`practice log lacks round ${index}`);
    const phase = roundPhase(r, now);
    const hints = r.start?.question.hints ?? [];
    const { verdict } = r;
    return {
      index,
      questionId: planned.questionId,
      kind: planned.kind,
      title: planned.title,
      minutes: planned.minutes,
      status: publicStatus(phase),
      startedAt: r.start?.startedAt ?? null,
      deadline: r.start?.deadline ?? null,
      endedAt: r.end?.at ?? (phase === 'expired' ? (r.start?.deadline ?? null) : null),
      endReason: r.end?.reason ?? (phase === 'expired' ? 'expired' : null),
      question: r.start ? { ...r.start.question, hints: [] } : null,
      hintCount: hints.length,
      revealedHints: hints.slice(0, r.hintsRevealed),
      draft: r.draft?.draft ?? null,
      revision: r.draft?.revision ?? 0,
      savedAt: r.draft?.savedAt ?? null,
      lastRun: r.lastRun,
      lastSubmit: r.lastSubmit,
      runs: r.runs,
      submits: r.submits,
      outcome: verdict
        ? {
            verdict: verdict.verdict,
            passed: verdict.passed,
            total: verdict.total,
            result: verdict.result,
            language: verdict.language,
          }
        : null,
      selfRating: r.selfRating ? { ratings: r.selfRating.ratings, note: r.selfRating.note } : null,
      checklist: r.checklist ? { ticked: r.checklist.ticked, total: r.checklist.total } : null,
    };
  });
  const running = rounds.find((r) => r.status === 'running');
  return {
    sessionId: session.id,
    status: session.status,
    serverTime: now,
    currentRound: running ? running.index : null,
    rounds,
  };
}

function summaryEntry(questionId: string, r: RoundLog): SessionSummary['questions'][number] {
  if (r.checklist) {
    return {
      questionId,
      verdict: null,
      passed: r.checklist.ticked.length,
      total: r.checklist.total,
    };
  }
  return {
    questionId,
    verdict: r.verdict?.verdict ?? null,
    passed: r.verdict?.passed ?? 0,
    total: r.verdict?.total ?? 0,
  };
}

/** The session record's summary: one entry per ended round, in round order. */
export function buildSummary(log: PracticeLog, now: number): SessionSummary {
  const questions = log.plan.flatMap((planned, index) => {
    const r = log.rounds[index];
    return r?.end ? [summaryEntry(planned.questionId, r)] : [];
  });
  const starts = log.rounds.flatMap((r) => (r.start ? [r.start.startedAt] : []));
  const ends = log.rounds.flatMap((r) => (r.end ? [r.end.at] : []));
  const first = starts.length > 0 ? Math.min(...starts) : now;
  const last = ends.length > 0 ? Math.max(...ends) : now;
  return { durationMs: Math.max(0, last - first), questions };
}
