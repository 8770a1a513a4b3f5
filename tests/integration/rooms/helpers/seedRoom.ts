import { RoomChange, RoomEvent, type JsonValue, type RunResult } from '@mockloop/shared';
import { publicRunResult } from '../../../../server/src/http/routes/runs';
import { announceChange } from '../../../../server/src/rooms/roomChannels';
import { currentRound } from '../../../../server/src/rooms/roomLog';
import type { NewEvent } from '../../../../server/src/store/port';
import type { TestServer } from '../../helpers/startTestServer';

/*
 * A run result written into a room's log through the server's own room hub and announced as the
 * run handler does: for a test that needs a judge result the real judge cannot be made to give
 * (a marker in a hidden case's message). Everything else in the room tests goes through the
 * real socket events.
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
