import {
  RoomChange,
  RoomEvent,
  type JsonValue,
  type PublicQuestion,
  type RunResult,
} from '@mockloop/shared';
import { publicRunResult } from '../../../../server/src/http/routes/runs';
import { announceChange } from '../../../../server/src/rooms/roomChannels';
import { currentRound } from '../../../../server/src/rooms/roomLog';
import type { NewEvent } from '../../../../server/src/store/port';
import { call } from '../../auth/authHttp';
import type { TestServer } from '../../helpers/startTestServer';

/*
 * What the interviewer's tools write into a room's log (present, hints, notes, runs, end of a
 * round), appended through the server's own room hub and announced as the handlers do. Suites of
 * joining, presence and swapping use these to fill a room; the tools' own suites drive the real
 * socket events.
 */

async function appendAndAnnounce(
  server: TestServer,
  sessionId: string,
  build: (round: number, docCount: number) => NewEvent[],
  reason: RoomChange,
): Promise<void> {
  const room = await server.app.rooms.get(sessionId);
  await room.exclusive(async () => {
    const log = room.log();
    await room.append(build(currentRound(log)?.index ?? 0, log.docs.length));
  });
  announceChange(server.app.io, sessionId, reason);
}

/** The interviewer asks `questionId` in the current round; returns its `docIndex`. */
export async function seedPresent(
  server: TestServer,
  sessionId: string,
  actorId: string,
  questionId: string,
): Promise<number> {
  const res = await call(server, `/api/questions/${questionId}`);
  const question = res.body as PublicQuestion;
  let docIndex = -1;
  await appendAndAnnounce(
    server,
    sessionId,
    (round, docCount) => {
      docIndex = docCount;
      const { title, kind, contentHash } = question;
      return [
        {
          actorId,
          type: RoomEvent.Present,
          payload: { round, docIndex, questionId, title, kind, contentHash },
          visibility: 'everyone',
        },
      ];
    },
    RoomChange.Question,
  );
  return docIndex;
}

/** The interviewer reveals hint `index` (its text as the bank has it). */
export async function seedHint(
  server: TestServer,
  sessionId: string,
  actorId: string,
  docIndex: number,
  index: number,
  hint: { heading: string; markdown: string },
): Promise<void> {
  await appendAndAnnounce(
    server,
    sessionId,
    () => [
      {
        actorId,
        type: RoomEvent.HintReveal,
        payload: { docIndex, index, ...hint },
        visibility: 'everyone',
      },
    ],
    RoomChange.Question,
  );
}

/** A private note by `actorId`. */
export async function seedNote(
  server: TestServer,
  sessionId: string,
  actorId: string,
  text: string,
): Promise<void> {
  await appendAndAnnounce(
    server,
    sessionId,
    (round) => [{ actorId, type: RoomEvent.Note, payload: { text, round }, visibility: 'author' }],
    RoomChange.Question,
  );
}

/** A run: everyone's public result and the interviewer's detail, as the run handler stores them. */
export async function seedRun(
  server: TestServer,
  sessionId: string,
  actorId: string,
  docIndex: number,
  detail: RunResult,
): Promise<void> {
  const fields = {
    docIndex,
    by: actorId,
    mode: 'submit' as const,
    language: 'javascript' as const,
  };
  await appendAndAnnounce(
    server,
    sessionId,
    () => [
      {
        actorId,
        type: RoomEvent.Run,
        payload: { ...fields, result: publicRunResult(detail) } as unknown as JsonValue,
        visibility: 'everyone',
      },
      {
        actorId,
        type: RoomEvent.RunDetail,
        payload: { ...fields, result: detail } as unknown as JsonValue,
        visibility: 'interviewer',
      },
    ],
    RoomChange.Question,
  );
}

/** The interviewer ends the current round. */
export async function seedEndRound(
  server: TestServer,
  sessionId: string,
  actorId: string,
): Promise<void> {
  await appendAndAnnounce(
    server,
    sessionId,
    (round) => [{ actorId, type: RoomEvent.RoundEnd, payload: { round }, visibility: 'everyone' }],
    RoomChange.RoundEnded,
  );
}
