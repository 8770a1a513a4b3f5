import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InviteLinkResponse, InvitePreview, JoinInterviewResponse } from '@mockloop/shared';
import { call, guest, post, type Answer } from '../auth/authHttp';
import { startTestServer, type TestServer } from '../helpers/startTestServer';
import {
  ask,
  createRoom,
  joinByCode,
  ok,
  previewInvite,
  ROOM_BANK,
  roomPerson,
  startRoomServer,
} from './helpers/liveRoom';

let server: TestServer;
beforeAll(async () => {
  server = await startRoomServer();
});
afterAll(async () => {
  await server.stop();
});

function errorCode(body: unknown): string | undefined {
  return (body as { error?: { code?: string } }).error?.code;
}

/** The same code with one character of its secret changed. */
function tampered(code: string): string {
  const last = code.at(-1) === 'A' ? 'B' : 'A';
  return code.slice(0, -1) + last;
}

describe('POST /api/interviews', () => {
  it('creates an interview with the caller as interviewer and an unguessable invite link', async () => {
    const ivy = await roomPerson(server, 'Ivy');
    const res = await post(server, '/api/interviews', { format: 'system-design' }, ivy.cookie);
    expect(res.status).toBe(201);
    const { session, inviteUrl } = res.body as {
      session: {
        id: string;
        kind: string;
        title: string;
        participants: { userId: string; role: string }[];
      };
      inviteUrl: string;
    };
    expect(session).toMatchObject({ kind: 'interview', title: 'System design interview' });
    expect(session.participants).toEqual([
      expect.objectContaining({ userId: ivy.user.id, role: 'interviewer' }),
    ]);
    expect(inviteUrl).toMatch(new RegExp(`^${server.url}/join/${session.id}\\.[A-Za-z0-9_-]{22}$`));
    const list = await call(server, '/api/sessions?kind=interview', { cookie: ivy.cookie });
    expect((list.body as { sessions: { id: string }[] }).sessions.map((s) => s.id)).toEqual([
      session.id,
    ]);
  });

  it('names PUBLIC_ORIGIN in the link when it is set', async () => {
    const behindProxy = await startTestServer({
      QUESTION_BANK_DIR: ROOM_BANK,
      PUBLIC_ORIGIN: 'https://mock.example.com',
    });
    try {
      const ivy = await roomPerson(behindProxy, 'Ivy');
      const { inviteUrl, code } = await createRoom(behindProxy, ivy);
      expect(inviteUrl).toBe(`https://mock.example.com/join/${code}`);
    } finally {
      await behindProxy.stop();
    }
  });

  it('refuses anonymous callers and unknown formats', async () => {
    expect((await post(server, '/api/interviews', { format: 'coding' })).status).toBe(401);
    const ivy = await roomPerson(server, 'Ivy');
    const bad = await post(server, '/api/interviews', { format: 'poker' }, ivy.cookie);
    expect(bad.status).toBe(400);
    expect(errorCode(bad.body)).toBe('validation_failed');
  });

  it('[AR5] gives the link again to its creator only', async () => {
    const [ivy, cam] = await Promise.all([roomPerson(server, 'Ivy'), roomPerson(server, 'Cam')]);
    const room = await createRoom(server, ivy);
    const again = await call(server, `/api/interviews/${room.sessionId}/invite`, {
      cookie: ivy.cookie,
    });
    expect((again.body as InviteLinkResponse).inviteUrl).toBe(room.inviteUrl);
    const stranger = await call(server, `/api/interviews/${room.sessionId}/invite`, {
      cookie: cam.cookie,
    });
    expect(stranger.status).toBe(404);
    await joinByCode(server, cam, room.code);
    const candidate = await call(server, `/api/interviews/${room.sessionId}/invite`, {
      cookie: cam.cookie,
    });
    expect(candidate.status).toBe(403);
  });
});

describe('[AR5] invites', () => {
  it('previews an invite to anyone holding the code, and the same 404 for every wrong code', async () => {
    const ivy = await roomPerson(server, 'Ivy Inviter');
    const room = await createRoom(server, ivy, 'behavioral');
    const preview = await previewInvite(server, room.code);
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual<InvitePreview>({
      sessionId: room.sessionId,
      title: 'Behavioral interview',
      format: 'behavioral',
      invitedBy: { displayName: 'Ivy Inviter' },
      role: 'candidate',
      state: 'open',
    });
    const wrong = [
      tampered(room.code),
      `${room.sessionId}.`,
      room.sessionId,
      `nosuchroom.${room.code.split('.')[1]}`,
      'x',
    ];
    for (const code of wrong) {
      const res = await previewInvite(server, code);
      expect(res.status, code).toBe(404);
      expect(errorCode(res.body), code).toBe('invite_not_found');
    }
  });

  it('joins with the code, and not without it or with a wrong one', async () => {
    const [ivy, cam] = await Promise.all([roomPerson(server, 'Ivy'), roomPerson(server, 'Cam')]);
    const room = await createRoom(server, ivy);
    // Without the code: the session id alone opens nothing, over REST or the socket.
    const bySocket = await ask(cam.socket, 'room:join', { sessionId: room.sessionId });
    expect(bySocket).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect((await joinByCode(server, cam, tampered(room.code))).status).toBe(404);
    expect((await post(server, '/api/interviews/join', {}, cam.cookie)).status).toBe(400);
    expect((await post(server, '/api/interviews/join', { code: room.code })).status).toBe(401);

    const joined = await joinByCode(server, cam, room.code);
    expect(joined.status).toBe(200);
    expect(joined.body).toEqual<JoinInterviewResponse>({
      sessionId: room.sessionId,
      role: 'candidate',
    });
    const snapshot = await ok(cam.socket, 'room:join', { sessionId: room.sessionId });
    expect(snapshot.you).toEqual({ userId: cam.user.id, role: 'candidate' });
    expect(snapshot.rounds[0]).toMatchObject({
      interviewerId: ivy.user.id,
      candidateId: cam.user.id,
    });
    // Joining again is harmless, and the preview now says so.
    expect((await joinByCode(server, cam, room.code)).body).toMatchObject({ role: 'candidate' });
    expect((await previewInvite(server, room.code, cam.cookie)).body).toMatchObject({
      state: 'joined',
    });
    expect((await joinByCode(server, ivy, room.code)).body).toMatchObject({ role: 'interviewer' });
  });

  it('refuses a third person once the seat is taken (room_full), and everyone once it is over', async () => {
    const [ivy, cam, sam] = await Promise.all([
      roomPerson(server, 'Ivy'),
      roomPerson(server, 'Cam'),
      roomPerson(server, 'Sam'),
    ]);
    const room = await createRoom(server, ivy);
    await joinByCode(server, cam, room.code);
    expect((await previewInvite(server, room.code, sam.cookie)).body).toMatchObject({
      state: 'full',
    });
    const full = await joinByCode(server, sam, room.code);
    expect(full.status).toBe(409);
    expect(errorCode(full.body)).toBe('room_full');
    // [AR1] Holding the code does not make the third person a participant.
    expect(await ask(sam.socket, 'room:join', { sessionId: room.sessionId })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });

    const other = await createRoom(server, ivy);
    await ok(ivy.socket, 'room:join', { sessionId: other.sessionId });
    await ok(ivy.socket, 'room:finish', { sessionId: other.sessionId });
    expect((await previewInvite(server, other.code)).body).toMatchObject({ state: 'ended' });
    const ended = await joinByCode(server, sam, other.code);
    expect(ended.status).toBe(410);
    expect(errorCode(ended.body)).toBe('interview_ended');
  });

  it('admits only one of several people racing for the seat', async () => {
    const ivy = await roomPerson(server, 'Ivy');
    const racers = await Promise.all(['A', 'B', 'C', 'D', 'E', 'F'].map((n) => guest(server, n)));
    const room = await createRoom(server, ivy);
    const answers = await Promise.all(racers.map((who) => joinByCode(server, who, room.code)));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    const session = await server.store.getSession(room.sessionId);
    expect(session?.participants.map((p) => p.role).sort()).toEqual(['candidate', 'interviewer']);
  });

  it('rate-limits joining per user, wrong codes included, with Retry-After', async () => {
    const [ivy, cam, other] = await Promise.all([
      roomPerson(server, 'Ivy'),
      roomPerson(server, 'Guesser'),
      roomPerson(server, 'Other'),
    ]);
    const room = await createRoom(server, ivy);
    // The bucket refills one join every 3 s, so a slow machine may squeeze in one more 404.
    const statuses: number[] = [];
    let limited: Answer | undefined;
    while (!limited && statuses.length < 25) {
      const res = await joinByCode(server, cam, tampered(room.code));
      if (res.status === 429) limited = res;
      else statuses.push(res.status);
    }
    expect(statuses.length).toBeGreaterThanOrEqual(20);
    expect(statuses.every((s) => s === 404)).toBe(true);
    if (!limited) throw new Error('never limited');
    expect(errorCode(limited.body)).toBe('rate_limited');
    expect(Number(limited.retryAfter)).toBeGreaterThan(0);
    // Once limited, even the right code waits.
    expect((await joinByCode(server, cam, room.code)).status).toBe(429);
    // Another person's allowance is their own.
    expect((await joinByCode(server, other, room.code)).status).toBe(200);
  });
});
