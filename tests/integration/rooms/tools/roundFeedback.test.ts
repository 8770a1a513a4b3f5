import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterviewerRating, Scorecard } from '@mockloop/shared';
import type { TestServer } from '../../helpers/startTestServer';
import {
  nextEvent,
  okData,
  openRoom,
  refusalCode,
  snapshot,
  startToolServer,
  type ToolRoom,
} from './toolRoom';

const SCORECARD: Scorecard = {
  ratings: { 'system-architecture': { score: 3, evidence: 'Put Redis in front early.' } },
  strengths: 'Estimated load before designing.',
  improvements: 'Say what happens when the store is down.',
  recommendation: 'hire',
};
const RATING: InterviewerRating = { clarity: 5, helpfulness: 4, comment: 'Fair hints.' };

let server: TestServer;
beforeAll(async () => {
  server = await startToolServer();
});
afterAll(async () => {
  await server.stop();
});

function endRound(room: ToolRoom) {
  return room.interviewer.socket.emitWithAck('room:end-round', { sessionId: room.sessionId });
}

describe('ending a round', () => {
  it('[AR4] stops the timer, tells both to re-read, and closes the round to the tools', async () => {
    const room = await openRoom(server, { withQuestion: true });
    const { socket } = room.interviewer;
    const sessionId = room.sessionId;
    const started = nextEvent(room.candidate.socket, 'room:timer');
    okData(await socket.emitWithAck('room:timer', { sessionId, action: 'start', minutes: 20 }));
    expect(await started).toMatchObject({ running: true });

    const changed = nextEvent(room.candidate.socket, 'room:changed');
    const stopped = nextEvent(room.candidate.socket, 'room:timer');
    expect(okData(await endRound(room))).toEqual({ round: 0 });
    expect(await changed).toEqual({ reason: 'round-ended' });
    expect(await stopped).toMatchObject({ running: false, endsAt: null });
    expect((await snapshot(room, room.candidate)).rounds[0]?.endedAt).toEqual(expect.any(Number));

    expect(refusalCode(await endRound(room))).toBe('round_over');
    expect(refusalCode(await socket.emitWithAck('room:hint', { sessionId }))).toBe('round_over');
    expect(
      refusalCode(await socket.emitWithAck('room:timer', { sessionId, action: 'resume' })),
    ).toBe('round_over');
  });
});

describe('[AR9] the scorecard: by the round interviewer, after it ended, once', () => {
  it('[AR9] refuses it before the end, from the candidate, and a second time', async () => {
    const room = await openRoom(server);
    const sessionId = room.sessionId;
    const card = { sessionId, round: 0, scorecard: SCORECARD };
    const { socket } = room.interviewer;

    expect(refusalCode(await socket.emitWithAck('scorecard:submit', card))).toBe('round_not_over');
    okData(await endRound(room));
    expect(refusalCode(await room.candidate.socket.emitWithAck('scorecard:submit', card))).toBe(
      'forbidden',
    );
    expect(refusalCode(await socket.emitWithAck('scorecard:submit', { ...card, round: 3 }))).toBe(
      'not_found',
    );

    const changed = nextEvent(room.candidate.socket, 'room:changed');
    expect(okData(await socket.emitWithAck('scorecard:submit', card))).toEqual({ round: 0 });
    expect(await changed).toEqual({ reason: 'feedback' });
    expect(refusalCode(await socket.emitWithAck('scorecard:submit', card))).toBe(
      'already_submitted',
    );

    // The candidate reads it; the session keeps it as feedback for history and progress.
    expect((await snapshot(room, room.candidate)).rounds[0]?.scorecard).toEqual(SCORECARD);
    const session = await server.store.getSession(sessionId);
    expect(session?.feedback).toHaveLength(1);
    expect(session?.feedback[0]).toMatchObject({
      authorId: room.interviewer.user.id,
      ratings: { 'system-architecture': 3 },
    });
    expect(session?.feedback[0]?.notes).toContain(SCORECARD.strengths);
  });
});

describe('[AR9] the rating: by the round candidate, after it ended, once', () => {
  it('[AR9] refuses it before the end, from the interviewer, and a second time', async () => {
    const room = await openRoom(server);
    const sessionId = room.sessionId;
    const rating = { sessionId, round: 0, rating: RATING };
    const { socket } = room.candidate;

    expect(refusalCode(await socket.emitWithAck('rating:submit', rating))).toBe('round_not_over');
    okData(await endRound(room));
    expect(refusalCode(await room.interviewer.socket.emitWithAck('rating:submit', rating))).toBe(
      'forbidden',
    );
    expect(okData(await socket.emitWithAck('rating:submit', rating))).toEqual({ round: 0 });
    expect(refusalCode(await socket.emitWithAck('rating:submit', rating))).toBe(
      'already_submitted',
    );
    expect((await snapshot(room, room.interviewer)).rounds[0]?.rating).toEqual(RATING);
  });
});

describe('[AR9] feedback follows the round, not the current roles', () => {
  it('[AR9] round 0 is scored by its interviewer and rated by its candidate after a swap', async () => {
    const room = await openRoom(server);
    const sessionId = room.sessionId;
    okData(await endRound(room));
    okData(await room.candidate.socket.emitWithAck('room:swap', { sessionId }));
    // Now Ivy is the candidate and Cal the interviewer, but round 0 was Ivy's to run.
    const card = { sessionId, round: 0, scorecard: SCORECARD };
    const rating = { sessionId, round: 0, rating: RATING };
    expect(refusalCode(await room.candidate.socket.emitWithAck('scorecard:submit', card))).toBe(
      'forbidden',
    );
    expect(refusalCode(await room.interviewer.socket.emitWithAck('rating:submit', rating))).toBe(
      'forbidden',
    );
    okData(await room.interviewer.socket.emitWithAck('scorecard:submit', card));
    okData(await room.candidate.socket.emitWithAck('rating:submit', rating));
  });
});
