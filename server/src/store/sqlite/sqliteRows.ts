import type {
  AuthSession,
  EventVisibility,
  Feedback,
  Participant,
  Session,
  SessionEvent,
  SessionKind,
  SessionQuestion,
  SessionStatus,
  SessionSummary,
  User,
  UserKind,
} from '@mockloop/shared';

/** Row shapes as SQLite returns them, and their mapping to the shared records. */

export interface UserRow {
  id: string;
  username: string | null;
  display_name: string;
  kind: string;
  password_hash: string | null;
  created_at: number;
}

export function userFromRow(row: UserRow): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    kind: row.kind as UserKind,
    passwordHash: row.password_hash,
    createdAt: row.created_at,
  };
}

export interface AuthSessionRow {
  token_hash: string;
  user_id: string;
  created_at: number;
  expires_at: number;
  last_seen_at: number;
}

export function authSessionFromRow(row: AuthSessionRow): AuthSession {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    lastSeenAt: row.last_seen_at,
  };
}

/** A session row with its participants and questions folded in as JSON arrays. */
export interface SessionRow {
  id: string;
  kind: string;
  title: string;
  status: string;
  created_by: string;
  created_at: number;
  updated_at: number;
  deadline: number | null;
  ended_at: number | null;
  summary: string | null;
  feedback: string;
  participants: string;
  questions: string;
}

export const SESSION_COLUMNS = `
  s.*,
  (SELECT json_group_array(json_object('userId', user_id, 'role', role, 'joinedAt', joined_at,
     'former', json(CASE former WHEN 1 THEN 'true' ELSE 'false' END)))
   FROM (SELECT * FROM session_participants WHERE session_id = s.id ORDER BY position)
  ) AS participants,
  (SELECT json_group_array(json_object('questionId', question_id, 'contentHash', content_hash,
     'competencies', json(competencies), 'askedAt', asked_at, 'deadline', deadline))
   FROM (SELECT * FROM session_questions WHERE session_id = s.id ORDER BY position)
  ) AS questions`;

export function sessionFromRow(row: SessionRow): Session {
  return {
    id: row.id,
    kind: row.kind as SessionKind,
    title: row.title,
    status: row.status as SessionStatus,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deadline: row.deadline,
    endedAt: row.ended_at,
    participants: JSON.parse(row.participants) as Participant[],
    questions: JSON.parse(row.questions) as SessionQuestion[],
    summary: row.summary === null ? null : (JSON.parse(row.summary) as SessionSummary),
    feedback: JSON.parse(row.feedback) as Feedback[],
  };
}

export interface EventRow {
  session_id: string;
  seq: number;
  at: number;
  actor_id: string | null;
  type: string;
  visibility: string;
  payload_json: string | null;
  payload_bin: Buffer | null;
  client_op_id: string | null;
}

export function eventFromRow(row: EventRow): SessionEvent {
  return {
    ...(row.client_op_id === null ? {} : { clientOpId: row.client_op_id }),
    sessionId: row.session_id,
    seq: row.seq,
    at: row.at,
    actorId: row.actor_id,
    type: row.type,
    // A plain Uint8Array view (not a Buffer), so both adapters return the same shape.
    payload:
      row.payload_bin === null
        ? (JSON.parse(row.payload_json ?? 'null') as SessionEvent['payload'])
        : new Uint8Array(
            row.payload_bin.buffer as ArrayBuffer,
            row.payload_bin.byteOffset,
            row.payload_bin.byteLength,
          ),
    visibility: row.visibility as EventVisibility,
  };
}

/** The same columns as an array, in this order, for `.raw()` statements. */
export const EVENT_TUPLE_COLUMNS =
  'session_id, seq, at, actor_id, type, visibility, payload_json, payload_bin, client_op_id';
export type EventTuple = [
  string,
  number,
  number,
  string | null,
  string,
  string,
  string | null,
  Buffer | null,
  string | null,
];

export function eventFromTuple([
  sessionId,
  seq,
  at,
  actorId,
  type,
  visibility,
  json,
  bin,
  clientOpId,
]: EventTuple): SessionEvent {
  return eventFromRow({
    session_id: sessionId,
    seq,
    at,
    actor_id: actorId,
    type,
    visibility,
    payload_json: json,
    payload_bin: bin,
    client_op_id: clientOpId,
  });
}

/** Column values for an event insert. */
export function eventToRow(event: SessionEvent): EventRow {
  const binary = event.payload instanceof Uint8Array;
  return {
    session_id: event.sessionId,
    seq: event.seq,
    at: event.at,
    actor_id: event.actorId,
    type: event.type,
    visibility: event.visibility,
    payload_json: binary ? null : JSON.stringify(event.payload),
    payload_bin:
      event.payload instanceof Uint8Array
        ? Buffer.from(event.payload.buffer, event.payload.byteOffset, event.payload.byteLength)
        : null,
    client_op_id: event.clientOpId ?? null,
  };
}
