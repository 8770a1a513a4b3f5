import type {
  AuthSession,
  CompetencyId,
  EventPayload,
  EventVisibility,
  Feedback,
  Participant,
  ParticipantRole,
  Session,
  SessionEvent,
  SessionKind,
  SessionQuestion,
  SessionStatus,
  User,
} from '@mockloop/shared';
import type { AuthSessionTouch, DataRecord, SessionPatch, TimedSession, UserPatch } from './port';

/**
 * What each database adapter implements. `createStore` validates every input, builds ids and
 * timestamps, and translates `null` ("no such row") into errors, so adapters stay plain.
 */
export interface StoreAdapter {
  readonly description: string;

  /** Throws `StoreConflict` when the username key is taken. */
  insertUser(user: User): Promise<void>;
  getUser(id: string): Promise<User | null>;
  findUserByUsernameKey(usernameKey: string): Promise<User | null>;
  /** Throws `StoreConflict` when the username key is taken. */
  updateUser(id: string, patch: UserPatch): Promise<User | null>;
  deleteUser(id: string): Promise<boolean>;
  adoptSessions(fromUserId: string, toUserId: string, now: number): Promise<number>;

  insertAuthSession(session: AuthSession): Promise<void>;
  findAuthSession(tokenHash: string): Promise<AuthSession | null>;
  touchAuthSession(tokenHash: string, times: AuthSessionTouch): Promise<boolean>;
  deleteAuthSession(tokenHash: string): Promise<void>;
  deleteUserAuthSessions(userId: string): Promise<number>;
  deleteExpiredAuthSessions(now: number): Promise<number>;

  insertSession(session: Session): Promise<void>;
  getSession(id: string): Promise<Session | null>;
  updateSession(id: string, patch: SessionPatch, now: number): Promise<Session | null>;
  addParticipant(sessionId: string, participant: Participant, now: number): Promise<Session | null>;
  setParticipantRole(
    sessionId: string,
    userId: string,
    role: ParticipantRole,
    now: number,
  ): Promise<Session | null>;
  addQuestion(sessionId: string, question: SessionQuestion, now: number): Promise<Session | null>;
  addFeedback(sessionId: string, feedback: Feedback, now: number): Promise<Session | null>;
  listUserSessions(userId: string, query: SessionListQuery): Promise<Session[]>;
  /** Active sessions whose deadline is set, soonest first. */
  listTimedSessions(): Promise<TimedSession[]>;

  /** Assigns consecutive sequence numbers atomically; `null` when the session does not exist. */
  appendEvents(sessionId: string, events: readonly PendingEvent[]): Promise<SessionEvent[] | null>;
  queryEvents(sessionId: string, filter: EventFilter): Promise<SessionEvent[]>;
  /** Import only: writes events with their own sequence numbers. */
  insertEvents(events: readonly SessionEvent[]): Promise<void>;

  exportAll(): AsyncIterable<DataRecord>;
  isEmpty(): Promise<boolean>;
  close(): Promise<void>;
}

/** Each adapter builds its methods in three groups, one file each. */
export type UserMethods = Pick<
  StoreAdapter,
  | 'insertUser'
  | 'getUser'
  | 'findUserByUsernameKey'
  | 'updateUser'
  | 'deleteUser'
  | 'adoptSessions'
  | 'insertAuthSession'
  | 'findAuthSession'
  | 'touchAuthSession'
  | 'deleteAuthSession'
  | 'deleteUserAuthSessions'
  | 'deleteExpiredAuthSessions'
>;
export type SessionMethods = Pick<
  StoreAdapter,
  | 'insertSession'
  | 'getSession'
  | 'updateSession'
  | 'addParticipant'
  | 'setParticipantRole'
  | 'addQuestion'
  | 'addFeedback'
  | 'listUserSessions'
  | 'listTimedSessions'
>;
export type EventMethods = Pick<StoreAdapter, 'appendEvents' | 'queryEvents' | 'insertEvents'>;

export interface PendingEvent {
  at: number;
  actorId: string | null;
  type: string;
  payload: EventPayload;
  visibility: EventVisibility;
}

/** Which events a reader gets; `viewer: null` means all of them. */
export interface EventFilter {
  afterSeq: number;
  limit: number | undefined;
  viewer: { userId: string; isInterviewer: boolean } | null;
}

export interface SessionListQuery {
  kind: SessionKind | undefined;
  status: SessionStatus | undefined;
  from: number | undefined;
  to: number | undefined;
  questionId: string | undefined;
  competency: CompetencyId | undefined;
  /** Fetch this many rows (the caller asks for one more than a page to know if there is more). */
  limit: number;
  /** Strictly older than this position in (createdAt desc, id desc) order. */
  before: { createdAt: number; id: string } | undefined;
}

/** How usernames compare: case-insensitively. */
export function usernameKey(username: string): string {
  return username.toLowerCase();
}
