import type {
  AuthSession,
  CompetencyId,
  EventPayload,
  EventVisibility,
  Feedback,
  ParticipantRole,
  Session,
  SessionEvent,
  SessionKind,
  SessionQuestion,
  SessionStatus,
  SessionSummary,
  User,
  UserKind,
} from '@mockloop/shared';

/** The persistence port. Everything outside `store/` talks to this and nothing else. */
export interface Store {
  /** For logs only, e.g. `sqlite:/data/mockloop.sqlite`; never contains credentials. */
  readonly description: string;

  /** Throws `conflict` when the username is taken (case-insensitively). */
  createUser(input: NewUser): Promise<User>;
  getUser(id: string): Promise<User | null>;
  /** Case-insensitive. */
  findUserByUsername(username: string): Promise<User | null>;
  updateUser(id: string, patch: UserPatch): Promise<User>;
  /**
   * Removes the user, their auth sessions and their solo sessions (with events). In shared
   * sessions they stay as a `former` participant and their author-only events lose their payload.
   */
  deleteUser(id: string): Promise<void>;
  /** Moves every session of `fromUserId` (a guest) to `toUserId`; returns how many moved. */
  adoptSessions(fromUserId: string, toUserId: string): Promise<number>;

  createAuthSession(session: AuthSession): Promise<void>;
  /** Returns the auth session whatever its expiry; the caller decides what expired means. */
  findAuthSession(tokenHash: string): Promise<AuthSession | null>;
  /** Sliding renewal; false when the token is unknown. */
  touchAuthSession(tokenHash: string, times: AuthSessionTouch): Promise<boolean>;
  deleteAuthSession(tokenHash: string): Promise<void>;
  deleteUserAuthSessions(userId: string): Promise<number>;
  deleteExpiredAuthSessions(now: number): Promise<number>;

  createSession(input: NewSession): Promise<Session>;
  getSession(id: string): Promise<Session | null>;
  updateSession(id: string, patch: SessionPatch): Promise<Session>;
  /** Adds a participant; a user who is already one keeps their current role. */
  addParticipant(sessionId: string, participant: NewParticipant): Promise<Session>;
  setParticipantRole(sessionId: string, userId: string, role: ParticipantRole): Promise<Session>;
  addQuestion(sessionId: string, question: SessionQuestion): Promise<Session>;
  addFeedback(sessionId: string, feedback: Feedback): Promise<Session>;
  /** Sessions the user takes part in, newest first. */
  listUserSessions(userId: string, query?: SessionQuery): Promise<SessionPage>;
  /**
   * Every `active` session with a deadline, soonest first: what the timer service reschedules
   * at start-up.
   */
  listTimedSessions(): Promise<TimedSession[]>;

  /**
   * Appends events atomically with consecutive sequence numbers and returns them as stored.
   * Resolves only after they are committed, so a caller may ack a client afterwards.
   */
  appendEvents(sessionId: string, events: readonly NewEvent[]): Promise<SessionEvent[]>;
  /**
   * Like `appendEvents` for one event, but it may wait up to 250 ms to be written with others
   * (code edits). The promise settles once it is committed.
   */
  appendEventSoon(sessionId: string, event: NewEvent): Promise<SessionEvent>;
  /** Writes every pending `appendEventSoon` batch now. */
  flush(): Promise<void>;
  /**
   * The session's events after `afterSeq` in order, as `viewerId` may see them: `everyone`
   * events to participants, `interviewer` events to a current interviewer, `author` events to
   * their actor. A non-participant sees nothing.
   */
  readEvents(sessionId: string, viewerId: string, query?: EventQuery): Promise<SessionEvent[]>;
  /** Every event, unfiltered: for folds the server itself makes (export, summaries). */
  readAllEvents(sessionId: string, query?: EventQuery): Promise<SessionEvent[]>;

  /** Every record: users, then each session followed by its events, then auth sessions. */
  exportAll(): AsyncIterable<DataRecord>;
  /** Writes records as they are (ids, timestamps, sequence numbers kept), in export order. */
  importRecords(records: readonly DataRecord[]): Promise<void>;
  isEmpty(): Promise<boolean>;
  /** Flushes pending batches, then closes the database. */
  close(): Promise<void>;
}

export interface NewUser {
  username: string | null;
  displayName: string;
  kind: UserKind;
  passwordHash: string | null;
}

export interface UserPatch {
  username?: string | null;
  displayName?: string;
  kind?: UserKind;
  passwordHash?: string | null;
}

export interface AuthSessionTouch {
  lastSeenAt: number;
  expiresAt: number;
}

export interface NewParticipant {
  userId: string;
  role: ParticipantRole;
}

export interface NewSession {
  kind: SessionKind;
  title?: string;
  createdBy: string;
  participants: NewParticipant[];
  questions?: SessionQuestion[];
  deadline?: number | null;
}

export interface SessionPatch {
  title?: string;
  status?: SessionStatus;
  deadline?: number | null;
  endedAt?: number | null;
  summary?: SessionSummary | null;
}

export interface SessionQuery {
  kind?: SessionKind;
  status?: SessionStatus;
  /** Created at or after (ms). */
  from?: number;
  /** Created before (ms). */
  to?: number;
  questionId?: string;
  competency?: CompetencyId;
  /** 1..100, default 20. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

export interface TimedSession {
  id: string;
  deadline: number;
}

export interface SessionPage {
  sessions: Session[];
  /** Pass as `cursor` for the next page; `null` on the last one. */
  nextCursor: string | null;
}

export interface NewEvent {
  actorId: string | null;
  type: string;
  payload: EventPayload;
  visibility: EventVisibility;
  /** Defaults to now. */
  at?: number;
}

export interface EventQuery {
  /** Events with `seq > afterSeq`; default 0 (from the start). */
  afterSeq?: number;
  /** At most this many; default all. */
  limit?: number;
}

export type DataRecord =
  | { type: 'user'; user: User }
  | { type: 'session'; session: Session }
  | { type: 'event'; event: SessionEvent }
  | { type: 'authSession'; authSession: AuthSession };
