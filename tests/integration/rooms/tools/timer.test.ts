import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../helpers/startTestServer';
import {
  nextEvent,
  okData,
  openRoom,
  refusalCode,
  snapshot,
  startToolServer,
  storedTypes,
  type ToolRoom,
} from './toolRoom';

const MINUTE = 60_000;

let server: TestServer;
beforeAll(async () => {
  server = await startToolServer();
});
afterAll(async () => {
  await server.stop();
});

/** Runs a timer action as the interviewer and returns what each side was sent. */
async function timerAction(room: ToolRoom, payload: Record<string, unknown>) {
  const seen = Promise.all([
    nextEvent(room.interviewer.socket, 'room:timer'),
    nextEvent(room.candidate.socket, 'room:timer'),
  ]);
  const ack = okData(
    await room.interviewer.socket.emitWithAck('room:timer', {
      sessionId: room.sessionId,
      ...payload,
    } as never),
  );
  const [toInterviewer, toCandidate] = await seen;
  return { ack, toInterviewer, toCandidate };
}

describe('timer authority: the server owns the countdown', () => {
  it('[AR4] sends both sockets the same endsAt, measured on the server clock', async () => {
    const room = await openRoom(server);
    const before = Date.now();
    const { ack, toInterviewer, toCandidate } = await timerAction(room, {
      action: 'start',
      minutes: 10,
    });
    expect(toCandidate).toEqual(toInterviewer);
    expect(toInterviewer).toMatchObject({ durationMs: 10 * MINUTE, running: true });
    expect(toInterviewer.endsAt! - toInterviewer.serverTime).toBe(toInterviewer.remainingMs);
    expect(toInterviewer.endsAt).toBeGreaterThanOrEqual(before + 10 * MINUTE);
    expect(toInterviewer.endsAt).toBeLessThanOrEqual(Date.now() + 10 * MINUTE);
    expect(ack.endsAt).toBe(toInterviewer.endsAt);
    // A socket that (re)reads the room gets the same instant.
    expect((await snapshot(room, room.candidate)).timer.endsAt).toBe(toInterviewer.endsAt);
  });

  it('[AR4] pause keeps what is left, extend adds exactly, resume counts on from there', async () => {
    const room = await openRoom(server);
    const started = await timerAction(room, { action: 'start', minutes: 10 });
    const endsAt = started.toCandidate.endsAt!;

    const extended = await timerAction(room, { action: 'extend', minutes: 1 });
    expect(extended.toCandidate.endsAt).toBe(endsAt + MINUTE);
    expect(extended.toCandidate.durationMs).toBe(11 * MINUTE);

    const paused = await timerAction(room, { action: 'pause' });
    expect(paused.toCandidate).toMatchObject({ running: false, endsAt: null });
    const left = paused.toCandidate.remainingMs;
    expect(left).toBeLessThanOrEqual(11 * MINUTE);
    expect(left).toBeGreaterThan(10 * MINUTE);

    const extendedPaused = await timerAction(room, { action: 'extend', minutes: 5 });
    expect(extendedPaused.toCandidate).toMatchObject({
      running: false,
      endsAt: null,
      remainingMs: left + 5 * MINUTE,
      durationMs: 16 * MINUTE,
    });

    const resumed = await timerAction(room, { action: 'resume' });
    const { endsAt: resumedEndsAt, serverTime, remainingMs } = resumed.toCandidate;
    expect(resumed.toCandidate.running).toBe(true);
    expect(resumedEndsAt! - serverTime).toBe(remainingMs);
    expect(remainingMs).toBeLessThanOrEqual(left + 5 * MINUTE);
    expect(remainingMs).toBeGreaterThan(left + 5 * MINUTE - 10_000);
  });

  it('[AR4] a client cannot set the time: only an action and minutes in range are accepted', async () => {
    const room = await openRoom(server);
    const { socket } = room.interviewer;
    const sessionId = room.sessionId;
    const attempts = [
      { sessionId, action: 'start', minutes: 5, endsAt: Date.now() + 999 * MINUTE },
      { sessionId, action: 'pause', remainingMs: 1 },
      { sessionId, action: 'start', minutes: 100_000 },
      { sessionId, action: 'extend', minutes: -30 },
      { sessionId, action: 'set', minutes: 5 },
    ];
    for (const attempt of attempts) {
      const ack = await socket.emitWithAck('room:timer', attempt as never);
      expect(refusalCode(ack), JSON.stringify(attempt)).toBe('validation_failed');
    }
    expect(await storedTypes(server, room)).not.toContain('interview:timer');
    expect((await snapshot(room, room.candidate)).timer).toMatchObject({
      durationMs: 0,
      running: false,
      endsAt: null,
    });
  });
});
