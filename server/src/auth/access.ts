import { timingSafeEqual } from 'node:crypto';
import {
  findParticipant,
  ParticipantRole,
  type Session,
  type SessionEvent,
  type User,
} from '@mockloop/shared';
import { forbidden, notFound } from '../http/AppError';
import type { EventQuery, Store } from '../store/port';

/*
 * The access rules of docs/access-rules.md, in one place. Routes and socket handlers call these
 * and nothing else decides who may see or change a session.
 */

/**
 * [AR1] A session is visible only to its participants. Others get 404, not 403, so a session id
 * does not even confirm that the session exists.
 */
export async function loadVisibleSession(
  store: Store,
  sessionId: string,
  user: User,
): Promise<Session> {
  const session = await store.getSession(sessionId);
  if (!session || !findParticipant(session, user.id)) throw notFound('No such session.');
  return session;
}

/**
 * [AR2] [AR3] A session's events as `user` may see them: `everyone` events to participants,
 * `interviewer` events only to a current interviewer, `author` events (private notes) only to
 * their author. The store applies the visibility filter in its query; this checks [AR1] first.
 */
export async function readVisibleEvents(
  store: Store,
  sessionId: string,
  user: User,
  query: EventQuery = {},
): Promise<SessionEvent[]> {
  await loadVisibleSession(store, sessionId, user);
  return store.readEvents(sessionId, user.id, query);
}

/** [AR4] Only the session's interviewer changes its question or its timer. */
export function assertInterviewer(session: Session, user: User): void {
  if (findParticipant(session, user.id)?.role !== ParticipantRole.Interviewer) {
    throw forbidden('Only the interviewer can do that.');
  }
}

/** [AR5] Joining a room needs its invite code; compared in constant time. */
export function inviteCodeMatches(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
