import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '@mockloop/shared';
import type { TestServer } from '../helpers/startTestServer';
import {
  ask,
  ok,
  openRoom,
  roomPerson,
  ROOM_BANK,
  secondTab,
  startRoomServer,
  type RoomPerson,
} from './helpers/liveRoom';
import { candidateMustNotSee, questionSecrets, type QuestionSecrets } from './helpers/roomSecrets';
import { seedRun } from './helpers/seedRoom';

let server: TestServer;
let secrets: QuestionSecrets;
beforeAll(async () => {
  server = await startRoomServer();
  secrets = await questionSecrets(ROOM_BANK, 'count-multiples');
});
afterAll(async () => {
  await server.stop();
});

const NOTE = {
  interviewer: 'INTERVIEWER-PRIVATE-NOTE: rushed the edge cases',
  candidate: 'CANDIDATE-PRIVATE-NOTE: remember integer division',
};
const DETAIL_ONLY = 'JUDGE-DETAIL-ONLY: expected 212121 but got 0';

/** A submit whose hidden case failed with a message only the interviewer's detail carries. */
const DETAIL: RunResult = {
  verdict: 'wrong_answer',
  passed: 1,
  total: 2,
  tests: [
    {
      name: 'ten by three',
      hidden: false,
      verdict: 'accepted',
      timeMs: 1,
      input: [10, 3],
      expected: 3,
      actual: 3,
    },
    {
      name: 'hidden-value-case',
      hidden: true,
      verdict: 'wrong_answer',
      timeMs: 2,
      message: DETAIL_ONLY,
    },
  ],
};

/** Both re-read the room, as their pages do on `room:changed`. */
async function reread(sessionId: string, ...people: RoomPerson[]): Promise<void> {
  for (const who of people) await ok(who.socket, 'room:state', { sessionId });
}

describe('[AR2] [AR3] what each socket of a live room receives', () => {
  it('a candidate never receives interviewer material, unrevealed hints or anyone else’s notes', async () => {
    const { sessionId, interviewer: ivy, candidate: cam, code } = await openRoom(server);
    const camTab = await secondTab(server, cam);
    await ok(camTab.socket, 'room:join', { sessionId });
    const stranger = await roomPerson(server, 'Stranger');

    // Everything through the room's own socket events, but the run: the judge cannot be made to
    // write DETAIL_ONLY, so that one is stored through the hub (run routing: roomRuns.test.ts).
    const { docIndex } = await ok(ivy.socket, 'room:present', {
      sessionId,
      questionId: 'count-multiples',
    });
    await ok(ivy.socket, 'room:hint', { sessionId });
    // The bank's first hint, as the fixture question writes it.
    const hint = { markdown: 'Think about the largest multiple of `k` that is at most `n`.' };
    await ok(ivy.socket, 'note:add', { sessionId, text: NOTE.interviewer, clientOpId: 'n-ivy' });
    await ok(cam.socket, 'note:add', { sessionId, text: NOTE.candidate, clientOpId: 'n-cam' });
    await seedRun(server, sessionId, cam.user.id, docIndex, DETAIL);
    await reread(sessionId, ivy, cam, camTab);
    // The stranger holds the session id and even the invite code, but is not seated.
    await ask(stranger.socket, 'room:join', { sessionId });
    await ask(stranger.socket, 'room:state', { sessionId });

    const camState = await ok(cam.socket, 'room:state', { sessionId });
    expect(camState.question?.view.hints.map((h) => h.markdown)).toEqual([hint.markdown]);
    expect(camState.question?.view.hintCount).toBe(2);
    expect(camState.notes.map((n) => n.text)).toEqual([NOTE.candidate]);
    expect(camState.lastRun?.result.tests[1]).toEqual({
      name: 'hidden-value-case',
      hidden: true,
      verdict: 'wrong_answer',
    });

    await ok(ivy.socket, 'room:end-round', { sessionId });
    await reread(sessionId, ivy, cam, camTab);
    await ok(cam.socket, 'room:finish', { sessionId });
    await reread(sessionId, ivy, cam, camTab);

    const forbidden = [...candidateMustNotSee(secrets, 1), NOTE.interviewer, DETAIL_ONLY];
    expect(secrets.hiddenCases).toContain('[424242,2]');
    expect(secrets.solutions).toContain('// REFERENCE-SOLUTION-COUNT');
    for (const who of [cam, camTab]) expect(who.frames.found(forbidden)).toEqual([]);
    const forStranger = [...forbidden, NOTE.candidate, hint.markdown, code.split('.')[1] ?? code];
    expect(stranger.frames.found(forStranger)).toEqual([]);
    expect(ivy.frames.found([NOTE.candidate])).toEqual([]);

    // Controls: the same searches find what each one may see, so an empty result means something.
    expect(cam.frames.found([hint.markdown, NOTE.candidate])).toHaveLength(2);
    const interviewerOnly = [
      ...secrets.interviewerSections,
      ...secrets.solutions,
      ...secrets.hiddenCases,
      ...secrets.hints[1]!,
      NOTE.interviewer,
      DETAIL_ONLY,
    ];
    expect(ivy.frames.found(interviewerOnly)).toEqual(interviewerOnly);
  });
});
