import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../helpers/startTestServer';
import {
  MARKER,
  nextEvent,
  okData,
  openRoom,
  refusalCode,
  snapshot,
  startToolServer,
} from './toolRoom';

let server: TestServer;
beforeAll(async () => {
  server = await startToolServer();
});
afterAll(async () => {
  await server.stop();
});

describe('hints are held back on the server until the interviewer reveals them', () => {
  it('[AR2] sends the candidate a hint only once it is revealed, and in order', async () => {
    const room = await openRoom(server, { withQuestion: true });
    const { socket } = room.interviewer;
    const sessionId = room.sessionId;
    const candidateFrames = () => room.candidate.frames.join('\n');

    // The candidate reads the room: the question is there, its hints are not.
    const before = await snapshot(room, room.candidate);
    expect(before.question?.view.hints).toEqual([]);
    expect(candidateFrames()).not.toContain(MARKER.firstHint);
    expect(candidateFrames()).not.toContain(MARKER.secondHint);

    const first = nextEvent(room.candidate.socket, 'room:hint');
    expect(okData(await socket.emitWithAck('room:hint', { sessionId }))).toEqual({ index: 0 });
    const hint = await first;
    expect(hint).toMatchObject({ docIndex: 0, index: 0 });
    expect(hint.hint.markdown).toContain(MARKER.firstHint);
    expect((await snapshot(room, room.candidate)).question?.view.hints).toHaveLength(1);
    expect(candidateFrames()).toContain(MARKER.firstHint);
    expect(candidateFrames()).not.toContain(MARKER.secondHint);
    expect(candidateFrames()).not.toContain(MARKER.rubric);

    const second = nextEvent(room.candidate.socket, 'room:hint');
    expect(okData(await socket.emitWithAck('room:hint', { sessionId }))).toEqual({ index: 1 });
    expect((await second).hint.markdown).toContain(MARKER.secondHint);

    expect(refusalCode(await socket.emitWithAck('room:hint', { sessionId }))).toBe('no_more_hints');
    const stored = await server.store.readAllEvents(sessionId);
    const revealed = stored.filter((e) => e.type === 'interview:hint').map((e) => e.payload);
    expect(revealed).toHaveLength(2);
    expect(JSON.stringify(revealed[0])).toContain(MARKER.firstHint);
    expect(JSON.stringify(revealed[1])).toContain(MARKER.secondHint);
  });

  it('answers no_question before a question is presented', async () => {
    const room = await openRoom(server);
    const ack = await room.interviewer.socket.emitWithAck('room:hint', {
      sessionId: room.sessionId,
    });
    expect(refusalCode(ack)).toBe('no_question');
  });
});
