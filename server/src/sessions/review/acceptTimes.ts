import {
  MAX_PROGRESS_SESSIONS,
  PracticeEvent,
  RoundStartPayloadSchema,
  RoundVerdictPayloadSchema,
  RunPayloadSchema,
  type Session,
  type SessionEvent,
} from '@mockloop/shared';
import type { Store } from '../../store/port';
import type { AcceptTime } from './foldProgress';

/** A practice session's rounds: from start to the first accepted submit (or accepted verdict). */
function roundAcceptTimes(events: readonly SessionEvent[]): AcceptTime[] {
  const starts = new Map<number, { questionId: string; at: number }>();
  const accepted = new Map<number, number>();
  for (const event of events) {
    if (event.type === PracticeEvent.RoundStart) {
      const p = RoundStartPayloadSchema.safeParse(event.payload);
      if (p.success) starts.set(p.data.index, { questionId: p.data.questionId, at: event.at });
    } else if (event.type === PracticeEvent.Run || event.type === PracticeEvent.RoundVerdict) {
      const run = RunPayloadSchema.safeParse(event.payload);
      const verdict = RoundVerdictPayloadSchema.safeParse(event.payload);
      const index = run.success ? run.data.index : verdict.success ? verdict.data.index : null;
      const ok = run.success
        ? run.data.mode === 'submit' && run.data.result.verdict === 'accepted'
        : verdict.success && verdict.data.verdict === 'accepted';
      if (index !== null && ok && !accepted.has(index)) accepted.set(index, event.at);
    }
  }
  return [...accepted.entries()].flatMap(([index, at]) => {
    const start = starts.get(index);
    return start ? [{ questionId: start.questionId, minutes: (at - start.at) / 60_000 }] : [];
  });
}

/** The person's newest sessions, at most `MAX_PROGRESS_SESSIONS`, newest first. */
export async function newestSessions(store: Store, userId: string): Promise<Session[]> {
  const sessions: Session[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listUserSessions(userId, {
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    sessions.push(...page.sessions);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && sessions.length < MAX_PROGRESS_SESSIONS);
  return sessions.slice(0, MAX_PROGRESS_SESSIONS);
}

/** Time to accept of every accepted practice round; only sessions with one are read. */
export async function acceptTimes(
  store: Store,
  sessions: readonly Session[],
): Promise<AcceptTime[]> {
  const withAccepted = sessions.filter(
    (s) => s.kind === 'practice' && s.summary?.questions.some((q) => q.verdict === 'accepted'),
  );
  const times = await Promise.all(
    withAccepted.map(async (s) => roundAcceptTimes(await store.readAllEvents(s.id))),
  );
  return times.flat();
}
