import {
  findParticipant,
  PresentPayloadSchema,
  RoomEvent,
  RoundEndEventSchema,
  RoundStartEventSchema,
  RunEventSchema,
  ScorecardEventSchema,
  type ParticipantRole,
  type Session,
  type SessionEvent,
} from '@mockloop/shared';
import type { z } from 'zod';
import { finalWork } from '../review/finalWork';
import { hiddenCounts, meanScore, type AskedAttempt } from './attemptParts';

type Present = z.output<typeof PresentPayloadSchema> & { at: number };
type Submit = z.output<typeof RunEventSchema>;

/** The document index of a `interview:present` event, or `null` for any other event. */
function presentedDoc(event: SessionEvent): number | null {
  if (event.type !== RoomEvent.Present) return null;
  const p = PresentPayloadSchema.safeParse(event.payload);
  return p.success ? p.data.docIndex : null;
}

/**
 * The questions of a live interview that asked `questionId`, from the events `viewerId` may
 * see: only the public `interview:run` results are read, never `interview:run-detail`, so an
 * interviewer's view of the same attempt carries nothing more than the candidate's.
 */
export function interviewAttempts(
  session: Session,
  events: readonly SessionEvent[],
  viewerId: string,
  questionId: string,
): AskedAttempt[] {
  const presents: Present[] = [];
  const seats = new Map<number, { interviewerId: string; candidateId: string | null }>();
  const roundEnds = new Map<number, number>();
  const submits = new Map<number, Submit>();
  const scores = new Map<number, number | null>();
  let finishedAt: number | null = null;
  for (const event of events) {
    const parse = <S extends z.ZodType>(schema: S) => schema.safeParse(event.payload);
    if (event.type === RoomEvent.Present) {
      const p = parse(PresentPayloadSchema);
      if (p.success) presents.push({ ...p.data, at: event.at });
    } else if (event.type === RoomEvent.RoundStart) {
      const p = parse(RoundStartEventSchema);
      if (p.success) seats.set(p.data.index, p.data);
    } else if (event.type === RoomEvent.RoundEnd) {
      const p = parse(RoundEndEventSchema);
      if (p.success && !roundEnds.has(p.data.round)) roundEnds.set(p.data.round, event.at);
    } else if (event.type === RoomEvent.Run) {
      const p = parse(RunEventSchema);
      if (p.success && p.data.mode === 'submit') submits.set(p.data.docIndex, p.data);
    } else if (event.type === RoomEvent.Scorecard) {
      const p = parse(ScorecardEventSchema);
      const ratings = p.success ? Object.values(p.data.scorecard.ratings) : [];
      if (p.success) scores.set(p.data.round, meanScore(ratings.map((r) => r.score)));
    } else if (event.type === RoomEvent.Finish && finishedAt === null) {
      finishedAt = event.at;
    }
  }

  return presents.flatMap((present, i) => {
    if (present.questionId !== questionId) return [];
    // A question lasts until the next one is asked in its round, its round ends, or the room does.
    const next = presents.slice(i + 1).find((p) => p.round === present.round)?.at;
    const ends = [next, roundEnds.get(present.round), finishedAt].filter(
      (at): at is number => typeof at === 'number' && at >= present.at,
    );
    const seat = seats.get(present.round);
    const role: ParticipantRole =
      seat?.candidateId === viewerId
        ? 'candidate'
        : seat?.interviewerId === viewerId
          ? 'interviewer'
          : (findParticipant(session, viewerId)?.role ?? 'candidate');
    // finalWork rebuilds every presented document; keep only this one's `present`.
    const own = events.filter((e) => {
      const doc = presentedDoc(e);
      return doc === null || doc === present.docIndex;
    });
    const written = finalWork('interview', own)[0];
    const submit = submits.get(present.docIndex);
    return [
      {
        title: present.title,
        kind: present.kind,
        attempt: {
          sessionId: session.id,
          sessionKind: session.kind,
          sessionTitle: session.title,
          role,
          round: present.round,
          startedAt: present.at,
          timeUsedMs: ends.length > 0 ? Math.min(...ends) - present.at : null,
          verdict: submit?.result.verdict ?? null,
          passed: submit?.result.passed ?? null,
          total: submit?.result.total ?? null,
          ...hiddenCounts(submit?.result),
          score: scores.get(present.round) ?? null,
          language: written?.language ?? submit?.language ?? null,
          code: written?.code ?? null,
          answer: written?.answer ?? null,
        },
      },
    ];
  });
}
