import { randomUUID } from 'node:crypto';
import {
  AuthSessionSchema,
  EpochMsSchema,
  FeedbackSchema,
  ParticipantRole,
  SessionQuestionSchema,
  SessionSchema,
  UserSchema,
  type Session,
  type SessionEvent,
  type User,
} from '@mockloop/shared';
import { usernameKey, type PendingEvent, type StoreAdapter } from './adapter';
import { BatchingAppender } from './BatchingAppender';
import { check, found, key } from './checks';
import { storeInvalid, storeNotFound } from './errors';
import {
  AuthSessionTouchSchema,
  decodeCursor,
  encodeCursor,
  EventQuerySchema,
  NewEventSchema,
  NewParticipantSchema,
  SessionPatchSchema,
  SessionQuerySchema,
} from './inputSchemas';
import type { NewEvent, SessionPatch, Store } from './port';
import { checkDataRecord } from './dataRecords';

export interface CreateStoreOptions {
  /** How long `appendEventSoon` may wait; default 250 ms. */
  batchDelayMs?: number;
  /** The clock for every timestamp the store sets; tests pass their own. */
  now?: () => number;
}

/**
 * Wraps an adapter into the port: every input is checked against the shared schemas here, once,
 * so both adapters reject bad data with the same clear error and trust their arguments.
 */
export function createStore(adapter: StoreAdapter, options: CreateStoreOptions = {}): Store {
  const clock = options.now ?? Date.now;
  const toPending = (event: NewEvent): PendingEvent => {
    const valid = check(NewEventSchema, event, 'event');
    return { ...valid, at: valid.at ?? clock() };
  };
  const appendValid = async (sessionId: string, events: readonly PendingEvent[]) =>
    found(await adapter.appendEvents(sessionId, events), 'Session');
  const batcher = new BatchingAppender(appendValid, options.batchDelayMs);
  const sessionOrThrow = async (id: string) => found(await adapter.getSession(id), 'Session');

  return {
    description: adapter.description,

    async createUser(input) {
      const user = check(UserSchema, { ...input, id: randomUUID(), createdAt: clock() }, 'user');
      await adapter.insertUser(user);
      return user;
    },
    getUser: async (id) => adapter.getUser(key(id, 'user id')),
    async findUserByUsername(username) {
      return adapter.findUserByUsernameKey(usernameKey(key(username, 'username')));
    },
    async updateUser(id, patch) {
      key(id, 'user id');
      const current = found(await adapter.getUser(id), 'User');
      const next: User = check(UserSchema, { ...current, ...patch, id }, 'user');
      return found(
        await adapter.updateUser(id, {
          username: next.username,
          displayName: next.displayName,
          kind: next.kind,
          passwordHash: next.passwordHash,
        }),
        'User',
      );
    },
    async deleteUser(id) {
      key(id, 'user id');
      if (!(await adapter.deleteUser(id))) throw storeNotFound('User');
    },
    async adoptSessions(fromUserId, toUserId) {
      key(fromUserId, 'user id');
      key(toUserId, 'user id');
      found(await adapter.getUser(fromUserId), 'User');
      found(await adapter.getUser(toUserId), 'User');
      if (fromUserId === toUserId) return 0;
      return adapter.adoptSessions(fromUserId, toUserId, clock());
    },

    async createAuthSession(session) {
      const valid = check(AuthSessionSchema, session, 'auth session');
      found(await adapter.getUser(valid.userId), 'User');
      await adapter.insertAuthSession(valid);
    },
    findAuthSession: async (tokenHash) => adapter.findAuthSession(key(tokenHash, 'token hash')),
    async touchAuthSession(tokenHash, times) {
      return adapter.touchAuthSession(
        key(tokenHash, 'token hash'),
        check(AuthSessionTouchSchema, times, 'renewal'),
      );
    },
    deleteAuthSession: async (tokenHash) => adapter.deleteAuthSession(key(tokenHash, 'token hash')),
    deleteUserAuthSessions: async (userId) =>
      adapter.deleteUserAuthSessions(key(userId, 'user id')),
    deleteExpiredAuthSessions: async (now) =>
      adapter.deleteExpiredAuthSessions(check(EpochMsSchema, now, 'time')),

    async createSession(input) {
      const now = clock();
      const participants = (input.participants ?? []).map((p) => ({
        ...check(NewParticipantSchema, p, 'participant'),
        joinedAt: now,
        former: false,
      }));
      if (new Set(participants.map((p) => p.userId)).size !== participants.length) {
        throw storeInvalid('session', 'participants: a user takes part once');
      }
      const session: Session = check(
        SessionSchema,
        {
          id: randomUUID(),
          kind: input.kind,
          title: input.title ?? '',
          status: 'active',
          createdBy: input.createdBy,
          createdAt: now,
          updatedAt: now,
          deadline: input.deadline ?? null,
          endedAt: null,
          participants,
          questions: input.questions ?? [],
          summary: null,
          feedback: [],
        },
        'session',
      );
      await adapter.insertSession(session);
      return session;
    },
    getSession: async (id) => adapter.getSession(key(id, 'session id')),
    async updateSession(id, patch) {
      key(id, 'session id');
      const valid = check(SessionPatchSchema, patch, 'session change');
      const defined = Object.entries(valid).filter(([, value]) => value !== undefined);
      const change = Object.fromEntries(defined) as SessionPatch;
      return found(await adapter.updateSession(id, change, clock()), 'Session');
    },
    async addParticipant(sessionId, participant) {
      key(sessionId, 'session id');
      const valid = check(NewParticipantSchema, participant, 'participant');
      const session = await sessionOrThrow(sessionId);
      if (session.participants.some((p) => p.userId === valid.userId)) return session;
      if (session.participants.length >= 20) throw storeInvalid('participant', 'session is full');
      const now = clock();
      const added = { ...valid, joinedAt: now, former: false };
      return found(await adapter.addParticipant(sessionId, added, now), 'Session');
    },
    async setParticipantRole(sessionId, userId, role) {
      key(sessionId, 'session id');
      const valid = check(NewParticipantSchema, { userId, role }, 'participant');
      const session = await sessionOrThrow(sessionId);
      if (!session.participants.some((p) => p.userId === userId))
        throw storeNotFound('Participant');
      return found(
        await adapter.setParticipantRole(sessionId, userId, valid.role, clock()),
        'Session',
      );
    },
    async addQuestion(sessionId, question) {
      key(sessionId, 'session id');
      const valid = check(SessionQuestionSchema, question, 'question');
      const session = await sessionOrThrow(sessionId);
      if (session.questions.length >= 50) throw storeInvalid('question', 'too many questions');
      return found(await adapter.addQuestion(sessionId, valid, clock()), 'Session');
    },
    async addFeedback(sessionId, feedback) {
      key(sessionId, 'session id');
      const valid = check(FeedbackSchema, feedback, 'feedback');
      const session = await sessionOrThrow(sessionId);
      if (session.feedback.length >= 20) throw storeInvalid('feedback', 'too much feedback');
      return found(await adapter.addFeedback(sessionId, valid, clock()), 'Session');
    },
    async listUserSessions(userId, query = {}) {
      key(userId, 'user id');
      const { cursor, limit, ...filters } = check(SessionQuerySchema, query, 'session query');
      const before = cursor === undefined ? undefined : decodeCursor(cursor);
      if (before === null) throw storeInvalid('session query', 'cursor: not a cursor we issued');
      const rows = await adapter.listUserSessions(userId, {
        kind: filters.kind,
        status: filters.status,
        from: filters.from,
        to: filters.to,
        questionId: filters.questionId,
        competency: filters.competency,
        limit: limit + 1,
        before,
      });
      const sessions = rows.slice(0, limit);
      const last = sessions.at(-1);
      return { sessions, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
    },

    listTimedSessions: () => adapter.listTimedSessions(),

    async appendEvents(sessionId, events) {
      key(sessionId, 'session id');
      if (events.length === 0) return [];
      return appendValid(sessionId, events.map(toPending));
    },
    async appendEventSoon(sessionId, event) {
      key(sessionId, 'session id');
      // Checked before queueing, so one bad event cannot fail the batch it would have joined.
      return batcher.append(sessionId, toPending(event));
    },
    flush: () => batcher.flush(),
    async readEvents(sessionId, viewerId, query = {}) {
      key(sessionId, 'session id');
      key(viewerId, 'user id');
      const { afterSeq, limit } = check(EventQuerySchema, query, 'event query');
      const session = await sessionOrThrow(sessionId);
      const me = session.participants.find((p) => p.userId === viewerId && !p.former);
      if (!me) return [];
      const isInterviewer = me.role === ParticipantRole.Interviewer;
      return adapter.queryEvents(sessionId, {
        afterSeq,
        limit,
        viewer: { userId: viewerId, isInterviewer },
      });
    },
    async readAllEvents(sessionId, query = {}) {
      key(sessionId, 'session id');
      const { afterSeq, limit } = check(EventQuerySchema, query, 'event query');
      await sessionOrThrow(sessionId);
      return adapter.queryEvents(sessionId, { afterSeq, limit, viewer: null });
    },

    exportAll: () => adapter.exportAll(),
    async importRecords(records) {
      let events: SessionEvent[] = [];
      const writeEvents = async () => {
        if (events.length > 0) await adapter.insertEvents(events);
        events = [];
      };
      for (const record of records) {
        const valid = checkDataRecord(record);
        if (valid.type === 'event') {
          events.push(valid.event);
          if (events.length >= 500) await writeEvents();
          continue;
        }
        await writeEvents();
        if (valid.type === 'user') await adapter.insertUser(valid.user);
        else if (valid.type === 'session') await adapter.insertSession(valid.session);
        else await adapter.insertAuthSession(valid.authSession);
      }
      await writeEvents();
    },
    isEmpty: () => adapter.isEmpty(),
    async close() {
      await batcher.flush();
      await adapter.close();
    },
  };
}
