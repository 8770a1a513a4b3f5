import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_SDP_LENGTH, RoomEvent, type CallSignal } from '@mockloop/shared';
import type { TestServer } from '../helpers/startTestServer';
import { startTestServer } from '../helpers/startTestServer';
import {
  nextEvent,
  okData,
  openRoom,
  refusalCode,
  storedTypes,
  takeSeat,
  type Seat,
  type ToolRoom,
} from './tools/toolRoom';

/*
 * Calls over real sockets: the server relays signalling between the room's two people only
 * ([AR10]), shares mute and camera state, and logs that a call started and ended, once each.
 */

const TURN = { urls: 'turn:turn.example.test:3478', username: 'mock', credential: 'loop' };
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ ICE_SERVERS: JSON.stringify([TURN]) });
});
afterAll(async () => {
  await server.stop();
});

const OFFER = { type: 'offer' as const, sdp: 'v=0\r\no=- 1 2 IN IP4 127.0.0.1\r\n' };

function joinCall(
  room: ToolRoom,
  seat: Seat,
  callId: string,
  media = { audio: true, video: true },
) {
  return seat.socket.emitWithAck('call:state', { sessionId: room.sessionId, callId, ...media });
}

/** Every call signal `seat` receives from now on. */
function collectSignals(seat: Seat): CallSignal[] {
  const signals: CallSignal[] = [];
  seat.socket.on('call:signal', (signal) => signals.push(signal));
  return signals;
}

describe('call signalling', () => {
  it('[AR10] relays an offer to the other participant only, and refuses a stranger', async () => {
    const room = await openRoom(server);
    const { sessionId } = room;
    const joined = okData(await joinCall(room, room.interviewer, 'ivy-call-1'));
    expect(joined).toEqual({ iceServers: [TURN], peer: null });
    const peerSeen = nextEvent(room.interviewer.socket, 'call:peer');
    const candidateJoined = okData(await joinCall(room, room.candidate, 'cal-call-1'));
    expect(candidateJoined.peer).toMatchObject({
      userId: room.interviewer.user.id,
      callId: 'ivy-call-1',
    });
    expect(await peerSeen).toEqual({
      userId: room.candidate.user.id,
      callId: 'cal-call-1',
      audio: true,
      video: true,
    });

    const toCandidate = collectSignals(room.candidate);
    const toInterviewer = collectSignals(room.interviewer);
    const arrived = nextEvent(room.candidate.socket, 'call:signal');
    const signal = { sessionId, callId: 'ivy-call-1', to: 'cal-call-1', description: OFFER };
    okData(await room.interviewer.socket.emitWithAck('call:signal', signal));
    expect(await arrived).toEqual({
      callId: 'ivy-call-1',
      to: 'cal-call-1',
      description: OFFER,
      from: room.interviewer.user.id,
    });

    // A stranger cannot join the room, so its signals and state reach no one.
    const stranger = await server.connect();
    expect(refusalCode(await stranger.emitWithAck('room:join', { sessionId }))).toBe('not_found');
    for (const ack of [
      await stranger.emitWithAck('call:signal', { ...signal, callId: 'stranger-1' }),
      await stranger.emitWithAck('call:state', {
        sessionId,
        callId: 'stranger-1',
        audio: true,
        video: true,
      }),
    ]) {
      expect(refusalCode(ack)).toBe('not_in_room');
    }
    // A participant must be in the call with that id to signal.
    const forged = { ...signal, callId: 'not-my-call' };
    expect(refusalCode(await room.interviewer.socket.emitWithAck('call:signal', forged))).toBe(
      'not_in_call',
    );

    // A last signal is the barrier: anything refused above would have arrived before it.
    const barrier = nextEvent(room.candidate.socket, 'call:signal');
    const candidate = { candidate: '', sdpMid: '0', sdpMLineIndex: 0, usernameFragment: null };
    okData(
      await room.interviewer.socket.emitWithAck('call:signal', {
        sessionId,
        callId: 'ivy-call-1',
        to: 'cal-call-1',
        candidate,
      }),
    );
    await barrier;
    // The offer and the barrier, nothing in between.
    expect(toCandidate.map((s) => ('description' in s ? 'offer' : 'candidate'))).toEqual([
      'offer',
      'candidate',
    ]);
    expect(toCandidate.every((s) => s.from === room.interviewer.user.id)).toBe(true);
    // The sender never gets its own signals back.
    expect(toInterviewer).toEqual([]);
  });

  it('refuses an oversized description and a malformed call id', async () => {
    const room = await openRoom(server);
    okData(await joinCall(room, room.interviewer, 'ivy-call-2'));
    const huge = { type: 'offer' as const, sdp: 'a'.repeat(MAX_SDP_LENGTH + 1) };
    const base = { sessionId: room.sessionId, to: 'cal-call-2' };
    for (const bad of [
      { ...base, callId: 'ivy-call-2', description: huge },
      { ...base, callId: 'short', description: OFFER },
      { ...base, callId: 'ivy-call-2', description: OFFER, candidate: { candidate: '' } },
    ]) {
      const ack = await room.interviewer.socket.emitWithAck('call:signal', bad);
      expect(refusalCode(ack)).toBe('validation_failed');
    }
  });

  it('shares mute and logs one started and one ended, a reload on one side included', async () => {
    const room = await openRoom(server);
    okData(await joinCall(room, room.interviewer, 'ivy-call-3'));
    okData(await joinCall(room, room.candidate, 'cal-call-3'));
    const muted = nextEvent(room.interviewer.socket, 'call:peer');
    okData(await joinCall(room, room.candidate, 'cal-call-3', { audio: false, video: true }));
    expect(await muted).toMatchObject({ callId: 'cal-call-3', audio: false, video: true });

    // The candidate reloads: the old socket goes, a new page joins the call with a new id.
    const left = nextEvent(room.interviewer.socket, 'call:peer');
    room.candidate.socket.disconnect();
    expect(await left).toMatchObject({ userId: room.candidate.user.id, callId: null });
    const reloaded = await takeSeat(server, room.candidate, room.sessionId);
    const back = okData(await joinCall(room, reloaded, 'cal-call-4'));
    expect(back.peer).toMatchObject({ callId: 'ivy-call-3' });

    const calls = async () =>
      (await storedTypes(server, room)).filter((type) => type.startsWith('call:'));
    expect(await calls()).toEqual([RoomEvent.CallStarted]);
    okData(await reloaded.socket.emitWithAck('call:leave', { sessionId: room.sessionId }));
    expect(await calls()).toEqual([RoomEvent.CallStarted]);
    okData(await room.interviewer.socket.emitWithAck('call:leave', { sessionId: room.sessionId }));
    expect(await calls()).toEqual([RoomEvent.CallStarted, RoomEvent.CallEnded]);

    // The transcript says so, and holds nothing else of the call.
    const events = await server.store.readAllEvents(room.sessionId);
    const callEvents = events.filter((e) => e.type.startsWith('call:'));
    expect(callEvents.map((e) => e.payload)).toEqual([{}, {}]);
  });
});
