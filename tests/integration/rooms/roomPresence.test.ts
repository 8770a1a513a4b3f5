import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoomParticipant } from '@mockloop/shared';
import type { TestServer } from '../helpers/startTestServer';
import {
  ask,
  createRoom,
  joinByCode,
  nextEvent,
  ok,
  openRoom,
  roomPerson,
  secondTab,
  startRoomServer,
  type RoomPerson,
} from './helpers/liveRoom';

let server: TestServer;
beforeAll(async () => {
  server = await startRoomServer();
});
afterAll(async () => {
  await server.stop();
});

/** The next `room:presence` `who` receives in which `userId` has connection state `online`. */
function presenceOf(who: RoomPerson, userId: string, online: boolean) {
  return nextEvent(who.socket, 'room:presence', (list: RoomParticipant[]) =>
    list.some((p) => p.userId === userId && p.online === online),
  ).then(([list]) => list);
}

describe('[AR1] joining a room over the socket', () => {
  it('refuses a stranger, a practice session and an unknown id with the same not_found', async () => {
    const { sessionId } = await openRoom(server);
    const stranger = await roomPerson(server, 'Stranger');
    const practice = await server.store.createSession({
      kind: 'practice',
      createdBy: stranger.user.id,
      participants: [{ userId: stranger.user.id, role: 'candidate' }],
    });
    for (const id of [sessionId, practice.id, 'no-such-session']) {
      expect(await ask(stranger.socket, 'room:join', { sessionId: id }), id).toEqual({
        ok: false,
        error: { code: 'not_found', message: 'No such session.' },
      });
    }
    // Never joined: no state, no actions.
    for (const event of ['room:state', 'room:swap', 'room:finish'] as const) {
      expect(await ask(stranger.socket, event, { sessionId })).toMatchObject({
        ok: false,
        error: { code: 'not_in_room' },
      });
    }
  });

  it('validates the payload', async () => {
    const ivy = await roomPerson(server, 'Ivy');
    const bad = await ask(ivy.socket, 'room:join', { sessionId: '' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
  });
});

describe('presence', () => {
  it('tells the room who came, who left and who lost connection, per person not per tab', async () => {
    const [ivy, cam] = await Promise.all([roomPerson(server, 'Ivy'), roomPerson(server, 'Cam')]);
    const room = await createRoom(server, ivy);
    const first = await ok(ivy.socket, 'room:join', { sessionId: room.sessionId });
    expect(first.participants).toEqual([
      { userId: ivy.user.id, displayName: 'Ivy', role: 'interviewer', online: true },
    ]);

    const seated = presenceOf(ivy, cam.user.id, false);
    await joinByCode(server, cam, room.code);
    expect(await seated).toContainEqual(expect.objectContaining({ role: 'candidate' }));

    const arrived = presenceOf(ivy, cam.user.id, true);
    const snapshot = await ok(cam.socket, 'room:join', { sessionId: room.sessionId });
    expect(snapshot.participants.map((p) => [p.displayName, p.online])).toEqual([
      ['Ivy', true],
      ['Cam', true],
    ]);
    expect(await arrived).toHaveLength(2);

    // A second tab closing leaves Cam online; the last one closing does not.
    const tab = await secondTab(server, cam);
    const tabJoined = nextEvent(ivy.socket, 'room:presence');
    await ok(tab.socket, 'room:join', { sessionId: room.sessionId });
    await tabJoined;
    const stillHere = nextEvent(ivy.socket, 'room:presence');
    tab.socket.close();
    const [afterTab] = await stillHere;
    expect(afterTab.find((p) => p.userId === cam.user.id)?.online).toBe(true);

    const lost = presenceOf(ivy, cam.user.id, false);
    cam.socket.close();
    await lost;
  });

  it('room:leave leaves, and a socket is in one room at a time', async () => {
    const { sessionId, interviewer, candidate } = await openRoom(server);
    const left = presenceOf(interviewer, candidate.user.id, false);
    expect(await ok(candidate.socket, 'room:leave', { sessionId })).toEqual({ left: true });
    await left;
    expect(await ask(candidate.socket, 'room:state', { sessionId })).toMatchObject({
      ok: false,
      error: { code: 'not_in_room' },
    });

    await ok(candidate.socket, 'room:join', { sessionId });
    const other = await createRoom(server, candidate);
    const movedAway = presenceOf(interviewer, candidate.user.id, false);
    await ok(candidate.socket, 'room:join', { sessionId: other.sessionId });
    await movedAway;
    expect(await ask(candidate.socket, 'room:state', { sessionId })).toMatchObject({
      ok: false,
      error: { code: 'not_in_room' },
    });
  });
});

describe('finishing', () => {
  it('completes the session for both, and every later action answers interview_over', async () => {
    const { sessionId, interviewer, candidate } = await openRoom(server);
    const told = nextEvent(interviewer.socket, 'room:changed');
    expect(await ok(candidate.socket, 'room:finish', { sessionId })).toEqual({ finished: true });
    expect(await told).toEqual([{ reason: 'finished' }]);
    const state = await ok(interviewer.socket, 'room:state', { sessionId });
    expect(state.status).toBe('completed');
    expect(state.rounds[0]?.endedAt).not.toBeNull();
    expect((await server.store.getSession(sessionId))?.status).toBe('completed');
    for (const event of ['room:finish', 'room:swap'] as const) {
      expect(await ask(interviewer.socket, event, { sessionId })).toMatchObject({
        ok: false,
        error: { code: 'interview_over' },
      });
    }
    // The finished room can still be opened and read.
    expect((await ok(candidate.socket, 'room:join', { sessionId })).status).toBe('completed');
  });
});
