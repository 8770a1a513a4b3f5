import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../helpers/startTestServer';
import {
  MARKER,
  okData,
  openRoom,
  refusalCode,
  snapshot,
  startToolServer,
  storedTypes,
} from './toolRoom';

let server: TestServer;
beforeAll(async () => {
  server = await startToolServer();
});
afterAll(async () => {
  await server.stop();
});

describe('[AR4] only the interviewer changes the question or the timer', () => {
  it("[AR4] refuses the candidate's room:timer with forbidden and changes nothing", async () => {
    const room = await openRoom(server);
    const { socket } = room.candidate;
    const sessionId = room.sessionId;
    for (const payload of [
      { sessionId, action: 'start', minutes: 30 },
      { sessionId, action: 'pause' },
      { sessionId, action: 'resume' },
      { sessionId, action: 'extend', minutes: 10 },
    ] as const) {
      expect(refusalCode(await socket.emitWithAck('room:timer', payload)), payload.action).toBe(
        'forbidden',
      );
    }
    expect(await storedTypes(server, room)).not.toContain('interview:timer');
    expect((await snapshot(room, room.interviewer)).timer).toMatchObject({
      durationMs: 0,
      running: false,
    });
    expect(room.interviewer.frames.join('\n')).not.toContain('room:timer');
    expect(room.candidate.frames.join('\n')).not.toContain('"room:timer"');
  });

  it("[AR4] refuses the candidate's room:hint with forbidden and reveals nothing", async () => {
    const room = await openRoom(server, { withQuestion: true });
    const ack = await room.candidate.socket.emitWithAck('room:hint', { sessionId: room.sessionId });
    expect(refusalCode(ack)).toBe('forbidden');
    expect(await storedTypes(server, room)).not.toContain('interview:hint');
    const view = await snapshot(room, room.candidate);
    expect(view.question?.view.hints).toEqual([]);
    const received = room.candidate.frames.join('\n');
    expect(received).not.toContain(MARKER.firstHint);
    expect(received).not.toContain(MARKER.secondHint);
  });

  it("[AR4] refuses the candidate's room:end-round with forbidden; the round runs on", async () => {
    const room = await openRoom(server);
    const ack = await room.candidate.socket.emitWithAck('room:end-round', {
      sessionId: room.sessionId,
    });
    expect(refusalCode(ack)).toBe('forbidden');
    expect(await storedTypes(server, room)).not.toContain('interview:round-end');
    expect((await snapshot(room, room.interviewer)).rounds[0]?.endedAt).toBeNull();
  });

  it('[AR4] the interviewer may do all three', async () => {
    const room = await openRoom(server, { withQuestion: true });
    const { socket } = room.interviewer;
    const sessionId = room.sessionId;
    okData(await socket.emitWithAck('room:timer', { sessionId, action: 'start', minutes: 30 }));
    expect(okData(await socket.emitWithAck('room:hint', { sessionId }))).toEqual({ index: 0 });
    expect(okData(await socket.emitWithAck('room:end-round', { sessionId }))).toEqual({ round: 0 });
  });

  it('[AR4] follows the current role: after a swap the old interviewer is refused', async () => {
    const room = await openRoom(server);
    const sessionId = room.sessionId;
    okData(await room.interviewer.socket.emitWithAck('room:end-round', { sessionId }));
    okData(await room.candidate.socket.emitWithAck('room:swap', { sessionId }));
    const start = { sessionId, action: 'start', minutes: 15 } as const;
    expect(refusalCode(await room.interviewer.socket.emitWithAck('room:timer', start))).toBe(
      'forbidden',
    );
    expect(okData(await room.candidate.socket.emitWithAck('room:timer', start))).toMatchObject({
      running: true,
    });
  });
});
