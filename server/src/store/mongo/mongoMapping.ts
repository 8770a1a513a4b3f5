import { mongo } from 'mongoose';
import type {
  AuthSession,
  CompetencyId,
  EventVisibility,
  Feedback,
  JsonValue,
  ParticipantRole,
  Session,
  SessionEvent,
  SessionKind,
  SessionStatus,
  SessionSummary,
  User,
  UserKind,
} from '@mockloop/shared';
import { usernameKey } from '../adapter';
import type { AuthSessionDoc, EventDoc, FeedbackDoc, SessionDoc, UserDoc } from './mongoModels';

/** Between the shared records (ms numbers, Uint8Array) and documents (Dates, BSON binary). */

const date = (ms: number) => new Date(ms);
const dateOrNull = (ms: number | null) => (ms === null ? null : new Date(ms));
const msOrNull = (value: Date | null | undefined) => (value ? value.getTime() : null);

export function userToDoc(user: User): UserDoc {
  return {
    _id: user.id,
    username: user.username,
    usernameKey: user.username === null ? null : usernameKey(user.username),
    displayName: user.displayName,
    kind: user.kind,
    passwordHash: user.passwordHash,
    createdAt: date(user.createdAt),
  };
}

export function userFromDoc(doc: UserDoc): User {
  return {
    id: doc._id,
    username: doc.username ?? null,
    displayName: doc.displayName,
    kind: doc.kind as UserKind,
    passwordHash: doc.passwordHash ?? null,
    createdAt: doc.createdAt.getTime(),
  };
}

export function authSessionToDoc(session: AuthSession): AuthSessionDoc {
  return {
    _id: session.tokenHash,
    userId: session.userId,
    createdAt: date(session.createdAt),
    expiresAt: date(session.expiresAt),
    lastSeenAt: date(session.lastSeenAt),
  };
}

export function authSessionFromDoc(doc: AuthSessionDoc): AuthSession {
  return {
    tokenHash: doc._id,
    userId: doc.userId,
    createdAt: doc.createdAt.getTime(),
    expiresAt: doc.expiresAt.getTime(),
    lastSeenAt: doc.lastSeenAt.getTime(),
  };
}

export function feedbackToDoc(feedback: Feedback): FeedbackDoc {
  return { ...feedback, createdAt: date(feedback.createdAt), ratings: { ...feedback.ratings } };
}

export function sessionToDoc(session: Session): SessionDoc {
  return {
    _id: session.id,
    kind: session.kind,
    title: session.title,
    status: session.status,
    createdBy: session.createdBy,
    createdAt: date(session.createdAt),
    updatedAt: date(session.updatedAt),
    deadline: dateOrNull(session.deadline),
    endedAt: dateOrNull(session.endedAt),
    participants: session.participants.map((p) => ({ ...p, joinedAt: date(p.joinedAt) })),
    questions: session.questions.map((q) => ({
      ...q,
      askedAt: date(q.askedAt),
      deadline: dateOrNull(q.deadline),
    })),
    summary: session.summary,
    feedback: session.feedback.map(feedbackToDoc),
  };
}

/** Lean reads give a Map field back as a plain object (or a Map when hydrated). */
function plainRatings(ratings: FeedbackDoc['ratings'] | Map<string, number>): Feedback['ratings'] {
  const entries = ratings instanceof Map ? [...ratings] : Object.entries(ratings ?? {});
  return Object.fromEntries(entries);
}

export function sessionFromDoc(doc: SessionDoc): Session {
  return {
    id: doc._id,
    kind: doc.kind as SessionKind,
    title: doc.title ?? '',
    status: doc.status as SessionStatus,
    createdBy: doc.createdBy,
    createdAt: doc.createdAt.getTime(),
    updatedAt: doc.updatedAt.getTime(),
    deadline: msOrNull(doc.deadline),
    endedAt: msOrNull(doc.endedAt),
    participants: doc.participants.map((p) => ({
      userId: p.userId,
      role: p.role as ParticipantRole,
      joinedAt: p.joinedAt.getTime(),
      former: p.former === true,
    })),
    questions: doc.questions.map((q) => ({
      questionId: q.questionId,
      contentHash: q.contentHash,
      competencies: [...q.competencies] as CompetencyId[],
      askedAt: q.askedAt.getTime(),
      deadline: msOrNull(q.deadline),
    })),
    summary: doc.summary
      ? {
          durationMs: doc.summary.durationMs,
          questions: doc.summary.questions.map((q) => ({
            questionId: q.questionId,
            verdict: (q.verdict ?? null) as SessionSummary['questions'][number]['verdict'],
            passed: q.passed,
            total: q.total,
          })),
        }
      : null,
    feedback: doc.feedback.map((f) => ({
      authorId: f.authorId,
      createdAt: f.createdAt.getTime(),
      ratings: plainRatings(f.ratings),
      notes: f.notes ?? '',
    })),
  };
}

export function eventToDoc(event: SessionEvent): EventDoc {
  const binary = event.payload instanceof Uint8Array;
  return {
    sessionId: event.sessionId,
    seq: event.seq,
    at: date(event.at),
    actorId: event.actorId,
    type: event.type,
    visibility: event.visibility,
    payloadJson: binary ? null : JSON.stringify(event.payload),
    payloadBin:
      event.payload instanceof Uint8Array
        ? Buffer.from(event.payload.buffer, event.payload.byteOffset, event.payload.byteLength)
        : null,
    ...(event.clientOpId === undefined ? {} : { clientOpId: event.clientOpId }),
  };
}

/** The driver hands binary back as BSON `Binary` from lean reads, as Buffer when hydrated. */
export function bytesFrom(value: mongo.Binary | Uint8Array): Uint8Array<ArrayBuffer> {
  if (value instanceof mongo.Binary) return new Uint8Array(value.read(0, value.length()));
  return new Uint8Array(value);
}

export function eventFromDoc(
  doc: Omit<EventDoc, 'payloadBin'> & { payloadBin: unknown },
): SessionEvent {
  const bin = doc.payloadBin as mongo.Binary | Uint8Array | null | undefined;
  return {
    ...(typeof doc.clientOpId === 'string' ? { clientOpId: doc.clientOpId } : {}),
    sessionId: doc.sessionId,
    seq: doc.seq,
    at: doc.at.getTime(),
    actorId: doc.actorId ?? null,
    type: doc.type,
    visibility: doc.visibility as EventVisibility,
    payload:
      bin === null || bin === undefined
        ? (JSON.parse(doc.payloadJson ?? 'null') as JsonValue)
        : bytesFrom(bin),
  };
}
