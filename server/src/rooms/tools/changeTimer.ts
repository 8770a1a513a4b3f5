import { RoomEvent, type TimerPayload, type TimerState } from '@mockloop/shared';
import { assertInterviewer } from '../../auth/access';
import type { IoServer, IoSocket } from '../../realtime/ioTypes';
import { allChannel } from '../roomChannels';
import type { RoundLog } from '../roomLog';
import { timerStateAt } from '../roomTimer';
import { runningRound } from './roomGuards';
import { withOpenRoom, type RoomToolDeps } from './withOpenRoom';

/** Sends a round's countdown to everyone in the room, measured on the server's clock. */
export function broadcastTimer(io: IoServer, sessionId: string, round: RoundLog): TimerState {
  const serverTime = Date.now();
  const timer = timerStateAt(round.timer, serverTime);
  io.to(allChannel(sessionId)).emit('room:timer', { ...timer, serverTime });
  return timer;
}

/**
 * `room:timer`: the interviewer ([AR4]) starts, pauses, resumes or extends the running round's
 * countdown. Clients only name the action; every time is the server's.
 */
export function changeTimer(
  deps: RoomToolDeps,
  socket: IoSocket,
  { sessionId, ...action }: TimerPayload,
): Promise<TimerState> {
  return withOpenRoom(deps, socket, sessionId, async (room, log) => {
    assertInterviewer(room.session(), deps.user);
    const { index } = runningRound(log);
    await room.append([
      {
        actorId: deps.user.id,
        type: RoomEvent.Timer,
        payload: { round: index, ...action },
        visibility: 'everyone',
      },
    ]);
    const round = room.log().rounds[index];
    if (!round) throw new Error(`round ${index} vanished from the room's log`);
    return broadcastTimer(deps.io, sessionId, round);
  });
}
