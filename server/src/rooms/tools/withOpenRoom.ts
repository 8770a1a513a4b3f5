import type { IoSocket } from '../../realtime/ioTypes';
import type { RoomLog } from '../roomLog';
import type { Room, RoomDeps } from '../types';
import { assertNotFinished } from './roomGuards';

/** What the tools use: a room's deps but its documents and the judge, so they work without them. */
export type RoomToolDeps = Omit<RoomDeps, 'docs' | 'judge'>;

/**
 * Runs a tool's action in the room `socket` joined ([AR1]: `not_in_room` otherwise), alone in
 * that room's queue so its checks and its write cannot interleave with another action's, and
 * only while the interview is not finished (`interview_over`).
 */
export async function withOpenRoom<T>(
  deps: Pick<RoomDeps, 'hub'>,
  socket: IoSocket,
  sessionId: string,
  action: (room: Room, log: RoomLog) => Promise<T>,
): Promise<T> {
  const { room } = await deps.hub.member(socket, sessionId);
  return room.exclusive(async () => {
    const log = room.log();
    assertNotFinished(log);
    return action(room, log);
  });
}
