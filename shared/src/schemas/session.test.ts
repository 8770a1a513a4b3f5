import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  EventPayloadSchema,
  findParticipant,
  SessionEventSchema,
  type EventPayload,
  type SessionEvent,
} from './session';
import { UserSchema } from './user';

const event: SessionEvent = {
  sessionId: 's1',
  seq: 1,
  at: 1_700_000_000_000,
  actorId: 'u1',
  type: 'code:edit',
  payload: { text: 'x' },
  visibility: 'everyone',
};

describe('session schemas', () => {
  it('accepts JSON and binary payloads, and nothing that JSON cannot hold', () => {
    expect(EventPayloadSchema.safeParse(new Uint8Array([1, 2])).success).toBe(true);
    expect(EventPayloadSchema.safeParse({ a: [1, null, 'ø'] }).success).toBe(true);
    expect(EventPayloadSchema.safeParse({ a: Number.NaN }).success).toBe(false);
    expect(EventPayloadSchema.safeParse({ a: undefined }).success).toBe(false);
    expectTypeOf<Uint8Array<ArrayBuffer>>().toExtend<EventPayload>();
  });

  it('numbers events from 1 and types them domain:verb', () => {
    expect(SessionEventSchema.safeParse(event).success).toBe(true);
    expect(SessionEventSchema.safeParse({ ...event, seq: 0 }).success).toBe(false);
    expect(SessionEventSchema.safeParse({ ...event, type: 'edit' }).success).toBe(false);
    expect(SessionEventSchema.safeParse({ ...event, visibility: 'public' }).success).toBe(false);
    expect(SessionEventSchema.safeParse({ ...event, clientOpId: 'op_1-A' }).success).toBe(true);
    expect(SessionEventSchema.safeParse({ ...event, clientOpId: 'x'.repeat(65) }).success).toBe(
      false,
    );
    expect(SessionEventSchema.safeParse({ ...event, clientOpId: 'a b' }).success).toBe(false);
  });
});

describe('findParticipant', () => {
  const session = {
    participants: [
      { userId: 'a', role: 'interviewer' as const, joinedAt: 1, former: false },
      { userId: 'b', role: 'candidate' as const, joinedAt: 2, former: true },
    ],
  };

  it('finds current participants, and former ones only when asked', () => {
    expect(findParticipant(session, 'a')?.role).toBe('interviewer');
    expect(findParticipant(session, 'b')).toBeUndefined();
    expect(findParticipant(session, 'b', { includeFormer: true })?.role).toBe('candidate');
    expect(findParticipant(session, 'c', { includeFormer: true })).toBeUndefined();
  });
});

describe('user schema', () => {
  const user = {
    id: 'u1',
    username: null,
    displayName: 'Guest',
    kind: 'guest' as const,
    passwordHash: null,
    createdAt: 1,
  };

  it('gives accounts a username and guests none, and guests no password', () => {
    expect(UserSchema.safeParse(user).success).toBe(true);
    expect(UserSchema.safeParse({ ...user, username: 'ada' }).success).toBe(false);
    expect(UserSchema.safeParse({ ...user, passwordHash: 'h' }).success).toBe(false);
    expect(UserSchema.safeParse({ ...user, kind: 'account' }).success).toBe(false);
    expect(UserSchema.safeParse({ ...user, kind: 'account', username: 'ada' }).success).toBe(true);
  });

  it('refuses control characters in display names and odd usernames', () => {
    expect(UserSchema.safeParse({ ...user, displayName: 'a\u0000b' }).success).toBe(false);
    expect(UserSchema.safeParse({ ...user, kind: 'account', username: '-ada' }).success).toBe(
      false,
    );
  });
});
