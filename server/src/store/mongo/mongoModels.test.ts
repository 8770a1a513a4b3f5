import mongoose, { mongo } from 'mongoose';
import { describe, expect, it } from 'vitest';
import type { Session, SessionEvent, User } from '@mockloop/shared';
import { isDuplicateKey } from './mongoErrors';
import { insertedBeforeDuplicate } from './mongoEvents';
import {
  eventFromDoc,
  eventToDoc,
  sessionFromDoc,
  sessionToDoc,
  userFromDoc,
  userToDoc,
} from './mongoMapping';
import { bindModels, type EventDoc, type SessionDoc, type UserDoc } from './mongoModels';
import { redactMongoUri } from './openMongoAdapter';

// A connection that never connects: enough to build and validate documents without a server.
const models = bindModels(mongoose.createConnection());

const user: User = {
  id: 'u1',
  username: 'Ada',
  displayName: 'Ada 👩🏽‍💻',
  kind: 'account',
  passwordHash: 'scrypt$x',
  createdAt: 1_700_000_000_123,
};

const session: Session = {
  id: 's1',
  kind: 'interview',
  title: 'Loop',
  status: 'completed',
  createdBy: 'u1',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_000_500,
  deadline: null,
  endedAt: 1_700_000_000_400,
  participants: [
    { userId: 'u1', role: 'interviewer', joinedAt: 1_700_000_000_000, former: false },
    { userId: 'u2', role: 'candidate', joinedAt: 1_700_000_000_001, former: true },
  ],
  questions: [
    {
      questionId: 'lru-cache',
      contentHash: 'abcdef0123',
      competencies: ['problem-solving'],
      askedAt: 1_700_000_000_002,
      deadline: 1_700_000_900_000,
    },
  ],
  summary: {
    durationMs: 400,
    questions: [{ questionId: 'lru-cache', verdict: 'accepted', passed: 3, total: 3 }],
  },
  feedback: [
    { authorId: 'u1', createdAt: 1_700_000_000_300, ratings: { security: 2 }, notes: 'ok' },
  ],
};

const event = (payload: SessionEvent['payload']): SessionEvent => ({
  sessionId: 's1',
  seq: 7,
  at: 1_700_000_000_010,
  actorId: 'u1',
  type: 'code:edit',
  payload,
  visibility: 'author',
});

async function validationError(doc: { validate(): Promise<void> }): Promise<string> {
  return doc.validate().then(
    () => '',
    (error: unknown) => String(error),
  );
}

describe('Mongo documents (no server needed)', () => {
  it('maps users, sessions and events to valid documents and back unchanged', async () => {
    const userDoc = new models.User(userToDoc(user));
    const sessionDoc = new models.Session(sessionToDoc(session));
    expect(await validationError(userDoc)).toBe('');
    expect(await validationError(sessionDoc)).toBe('');
    expect(userDoc.usernameKey).toBe('ada');
    expect(userFromDoc(userDoc.toObject<UserDoc>())).toEqual(user);
    // Hydrated documents hold ratings in a Map; lean reads give a plain object. Both map back.
    expect(sessionFromDoc(sessionDoc.toObject<SessionDoc>())).toEqual(session);
    expect(sessionFromDoc(sessionDoc.toObject<SessionDoc>({ flattenMaps: true }))).toEqual(session);
  });

  it('keeps JSON payloads as a string and binary as BSON Binary, and reads both back', async () => {
    const json = event({ $gt: '', 'a.b': ['ø', null] });
    const bytes = event(Uint8Array.from([0, 255, 7]).subarray(1));
    for (const original of [json, bytes]) {
      const doc = new models.Event(eventToDoc(original));
      expect(await validationError(doc)).toBe('');
      const stored = doc.toObject<EventDoc>();
      expect(stored.payloadBin === null || stored.payloadBin instanceof mongo.Binary).toBe(true);
      expect(eventFromDoc(stored)).toEqual(original);
    }
    expect(eventToDoc(json).payloadJson).toBe('{"$gt":"","a.b":["ø",null]}');
  });

  it('refuses documents that break the schema, naming the field', async () => {
    const both = new models.Event({ ...eventToDoc(event('x')), payloadBin: Buffer.from([1]) });
    expect(await validationError(both)).toMatch(/payloadJson: exactly one/);
    const badType = new models.Event({ ...eventToDoc(event('x')), type: 'Edit' });
    expect(await validationError(badType)).toMatch(/type/);
    const badSeq = new models.Event({ ...eventToDoc(event('x')), seq: 1.5 });
    expect(await validationError(badSeq)).toMatch(/seq/);
    const badOp = new models.Event({ ...eventToDoc(event('x')), clientOpId: 'a b' });
    expect(await validationError(badOp)).toMatch(/clientOpId/);
    const noOne = new models.Session({ ...sessionToDoc(session), participants: [] });
    expect(await validationError(noOne)).toMatch(/participants/);
    const badRating = sessionToDoc({
      ...session,
      feedback: [{ authorId: 'u1', createdAt: 1, ratings: { security: 5 }, notes: '' }],
    });
    expect(await validationError(new models.Session(badRating))).toMatch(/ratings/);
    const badKind = new models.User({ ...userToDoc(user), kind: 'admin' });
    expect(await validationError(badKind)).toMatch(/kind/);
    expect(() => new models.User({ ...userToDoc(user), isAdmin: true })).toThrow(/isAdmin/);
  });

  it('declares the unique (sessionId, seq) and (session, actor, op) indexes and the username one', () => {
    const eventIndexes = models.Event.schema.indexes();
    expect(eventIndexes).toContainEqual([{ sessionId: 1, seq: 1 }, { unique: true }]);
    expect(eventIndexes).toContainEqual([
      { sessionId: 1, actorId: 1, clientOpId: 1 },
      { unique: true, partialFilterExpression: { clientOpId: { $type: 'string' } } },
    ]);
    const userIndexes = models.User.schema.indexes();
    expect(userIndexes[0]?.[1]).toMatchObject({ unique: true, partialFilterExpression: {} });
  });

  it('recognises a duplicate key as a lost race and nothing else', () => {
    const duplicate = new mongo.MongoServerError({ message: 'E11000 duplicate key', code: 11000 });
    const other = new mongo.MongoServerError({ message: 'not primary', code: 10107 });
    expect(isDuplicateKey(duplicate)).toBe(true);
    expect(insertedBeforeDuplicate(duplicate)).toBe(0);
    expect(insertedBeforeDuplicate(other)).toBeNull();
    expect(insertedBeforeDuplicate(new Error('E11000'))).toBeNull();
  });

  it('never logs credentials from the URI', () => {
    expect(redactMongoUri('mongodb+srv://app:s3cret@cluster0.example.net/mockloop')).toBe(
      'mongodb+srv://***@cluster0.example.net/mockloop',
    );
    expect(redactMongoUri('mongodb://localhost:27017/db')).toBe('mongodb://localhost:27017/db');
  });
});
