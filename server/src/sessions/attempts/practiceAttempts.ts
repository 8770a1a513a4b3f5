import {
  PracticeEvent,
  RoundEndPayloadSchema,
  RoundStartPayloadSchema,
  RoundVerdictPayloadSchema,
  SelfRatingPayloadSchema,
  type RoundVerdict,
  type Session,
  type SessionEvent,
} from '@mockloop/shared';
import type { z } from 'zod';
import { finalWork } from '../review/finalWork';
import { hiddenCounts, meanScore, type AskedAttempt } from './attemptParts';

type RoundStart = z.output<typeof RoundStartPayloadSchema>;

/** The rounds of a practice session that asked `questionId`, from its (visible) events. */
export function practiceAttempts(
  session: Session,
  events: readonly SessionEvent[],
  questionId: string,
): AskedAttempt[] {
  const starts = new Map<number, RoundStart>();
  const ends = new Map<number, number>();
  const verdicts = new Map<number, RoundVerdict>();
  const scores = new Map<number, number | null>();
  for (const event of events) {
    if (event.type === PracticeEvent.RoundStart) {
      const p = RoundStartPayloadSchema.safeParse(event.payload);
      if (p.success && p.data.questionId === questionId) starts.set(p.data.index, p.data);
    } else if (event.type === PracticeEvent.RoundEnd) {
      const p = RoundEndPayloadSchema.safeParse(event.payload);
      if (p.success) ends.set(p.data.index, event.at);
    } else if (event.type === PracticeEvent.RoundVerdict) {
      const p = RoundVerdictPayloadSchema.safeParse(event.payload);
      if (p.success) verdicts.set(p.data.index, p.data);
    } else if (event.type === PracticeEvent.SelfRating) {
      const p = SelfRatingPayloadSchema.safeParse(event.payload);
      if (p.success) scores.set(p.data.index, meanScore(Object.values(p.data.ratings)));
    }
  }
  if (starts.size === 0) return [];
  const work = finalWork('practice', events);
  return [...starts.values()].map((start) => {
    const end = ends.get(start.index);
    const outcome = session.summary?.questions[start.index];
    const verdict = verdicts.get(start.index);
    const written = work.find((w) => w.round === start.index);
    const scored = outcome && outcome.total > 0;
    return {
      title: start.question.title,
      kind: start.question.kind,
      attempt: {
        sessionId: session.id,
        sessionKind: session.kind,
        sessionTitle: session.title,
        role: 'candidate',
        round: start.index,
        startedAt: start.startedAt,
        // An expired round ends at its deadline, however late the timer fired.
        timeUsedMs: end === undefined ? null : Math.min(end, start.deadline) - start.startedAt,
        verdict: outcome?.verdict ?? verdict?.verdict ?? null,
        passed: scored ? outcome.passed : null,
        total: scored ? outcome.total : null,
        ...hiddenCounts(verdict?.result),
        score: scores.get(start.index) ?? null,
        language: written?.language ?? verdict?.language ?? null,
        code: written?.code ?? null,
        answer: written?.answer ?? null,
      },
    };
  });
}
