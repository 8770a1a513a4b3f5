import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roleChannel } from '../../../server/src/rooms/roomChannels';
import type { TestServer } from '../helpers/startTestServer';
import {
  ask,
  createRoom,
  nextEvent,
  ok,
  openRoom,
  ROOM_BANK,
  secondTab,
  startRoomServer,
} from './helpers/liveRoom';
import { candidateMustNotSee, questionSecrets } from './helpers/roomSecrets';

let server: TestServer;
beforeAll(async () => {
  server = await startRoomServer();
});
afterAll(async () => {
  await server.stop();
});

describe('room:swap', () => {
  it('waits for the round to end and for a candidate', async () => {
    const { sessionId, interviewer } = await openRoom(server);
    expect(await ask(interviewer.socket, 'room:swap', { sessionId })).toMatchObject({
      ok: false,
      error: { code: 'round_not_over' },
    });
    const alone = await createRoom(server, interviewer);
    await ok(interviewer.socket, 'room:join', { sessionId: alone.sessionId });
    await ok(interviewer.socket, 'room:end-round', { sessionId: alone.sessionId });
    expect(
      await ask(interviewer.socket, 'room:swap', { sessionId: alone.sessionId }),
    ).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
  });

  it('[AR2] swaps both seats and moves every socket of both to its new role channel', async () => {
    const room = await openRoom(server);
    const { sessionId, interviewer: ivy, candidate: cam } = room;
    const ivyTab = await secondTab(server, ivy);
    await ok(ivyTab.socket, 'room:join', { sessionId });
    await ok(ivy.socket, 'room:end-round', { sessionId });

    const told = nextEvent(ivy.socket, 'room:changed', ({ reason }) => reason === 'swapped');
    expect(await ok(cam.socket, 'room:swap', { sessionId })).toEqual({ round: 1 });
    await told;

    const ivyState = await ok(ivy.socket, 'room:state', { sessionId });
    const camState = await ok(cam.socket, 'room:state', { sessionId });
    expect(ivyState.you.role).toBe('candidate');
    expect(camState.you.role).toBe('interviewer');
    expect(camState.rounds[1]).toMatchObject({
      index: 1,
      interviewerId: cam.user.id,
      candidateId: ivy.user.id,
      endedAt: null,
    });
    const session = await server.store.getSession(sessionId);
    expect(Object.fromEntries(session?.participants.map((p) => [p.userId, p.role]) ?? [])).toEqual({
      [ivy.user.id]: 'candidate',
      [cam.user.id]: 'interviewer',
    });

    // What the server sends to each role's channel now reaches only that role's sockets.
    const probe = 'probe-for-the-interviewer-channel';
    const camGot = nextEvent(cam.socket, 'chat:message', (m) => m.text === probe);
    for (const who of [ivy, ivyTab]) who.frames.clear();
    server.app.io
      .to(roleChannel(sessionId, 'interviewer'))
      .emit('chat:message', { seq: 0, at: 0, authorId: cam.user.id, text: probe });
    await camGot;
    // A ping round trip on each of Ivy's sockets: anything sent before it has arrived.
    for (const who of [ivy, ivyTab]) {
      await ok(who.socket, 'system:ping', { nonce: 'after-probe' });
      expect(who.frames.found([probe])).toEqual([]);
    }
  });

  it('[AR2] the new candidate gets no interviewer material for the next question', async () => {
    const secrets = await questionSecrets(ROOM_BANK, 'count-multiples');
    const { sessionId, interviewer: ivy, candidate: cam } = await openRoom(server);
    await ok(ivy.socket, 'room:end-round', { sessionId });
    await ok(ivy.socket, 'room:swap', { sessionId });
    ivy.frames.clear();
    cam.frames.clear();

    await ok(cam.socket, 'room:present', { sessionId, questionId: 'count-multiples' });
    const ivyState = await ok(ivy.socket, 'room:state', { sessionId });
    const camState = await ok(cam.socket, 'room:state', { sessionId });
    expect(ivyState.question?.view.id).toBe('count-multiples');
    expect(ivyState.question?.interviewer).toBeUndefined();
    expect(ivyState.question?.view.hints).toEqual([]);
    expect(camState.question?.interviewer?.interviewerSections.length).toBeGreaterThan(0);

    expect(ivy.frames.found(candidateMustNotSee(secrets, 0))).toEqual([]);
    // The same search finds the material in the new interviewer's frames: it can see a leak.
    expect(cam.frames.found(secrets.interviewerSections)).toEqual(secrets.interviewerSections);
  });
});
