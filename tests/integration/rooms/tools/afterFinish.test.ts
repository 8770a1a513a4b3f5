import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../helpers/startTestServer';
import { okData, openRoom, refusalCode, startToolServer, storedTypes } from './toolRoom';

let server: TestServer;
beforeAll(async () => {
  server = await startToolServer();
});
afterAll(async () => {
  await server.stop();
});

describe('a finished interview is read-only', () => {
  it('answers interview_over to every tool, from either side, and stores nothing', async () => {
    const room = await openRoom(server, { withQuestion: true });
    const sessionId = room.sessionId;
    okData(await room.interviewer.socket.emitWithAck('room:end-round', { sessionId }));
    okData(await room.candidate.socket.emitWithAck('room:finish', { sessionId }));
    const storedBefore = await storedTypes(server, room);

    for (const seat of [room.interviewer, room.candidate]) {
      const { socket } = seat;
      const text = { sessionId, text: 'too late', clientOpId: `late-${seat.user.id}` };
      const acks = {
        hint: await socket.emitWithAck('room:hint', { sessionId }),
        timer: await socket.emitWithAck('room:timer', { sessionId, action: 'start', minutes: 5 }),
        chat: await socket.emitWithAck('chat:send', text),
        note: await socket.emitWithAck('note:add', text),
        endRound: await socket.emitWithAck('room:end-round', { sessionId }),
        scorecard: await socket.emitWithAck('scorecard:submit', {
          sessionId,
          round: 0,
          scorecard: {
            ratings: { 'system-architecture': { score: 2, evidence: '' } },
            strengths: '',
            improvements: '',
            recommendation: 'no-hire',
          },
        }),
        rating: await socket.emitWithAck('rating:submit', {
          sessionId,
          round: 0,
          rating: { clarity: 3, helpfulness: 3, comment: '' },
        }),
      };
      for (const [action, ack] of Object.entries(acks)) {
        expect(refusalCode(ack), action).toBe('interview_over');
      }
    }
    expect(await storedTypes(server, room)).toEqual(storedBefore);
  });
});
