import {
  ParticipantRole,
  RoomChange,
  RoomErrorCode,
  RoomEvent,
  SessionStatus,
  type User,
} from '@mockloop/shared';
import { conflict } from '../http/AppError';
import type { IoServer } from '../realtime/ioTypes';
import type { NewEvent, Store } from '../store/port';
import { announceChange, roleChannel, userChannel } from './roomChannels';
import { interviewOver, roomError } from './roomErrors';
import { currentRound } from './roomLog';
import type { Room } from './types';

export interface RoundChangeDeps {
  io: IoServer;
  store: Store;
  user: User;
}

/** Moves every socket of `userId` in the room, on any node, from one role's channel to the other's. */
function moveRoleChannel(
  io: IoServer,
  sessionId: string,
  userId: string,
  from: ParticipantRole,
  to: ParticipantRole,
): void {
  const sockets = io.in(userChannel(sessionId, userId));
  // Out of the old channel first: nothing meant for the old role may reach a moved socket.
  sockets.socketsLeave(roleChannel(sessionId, from));
  sockets.socketsJoin(roleChannel(sessionId, to));
}

/**
 * `room:swap`: after a round ended, the two swap seats and the next round starts. The sockets of
 * both move role channel before anyone is told, so the new candidate's sockets receive no
 * interviewer material from then on ([AR2]).
 */
export async function swapRoles(
  { io, store, user }: RoundChangeDeps,
  room: Room,
): Promise<{ round: number }> {
  const round = await room.exclusive(async () => {
    const log = room.log();
    if (log.finished) throw interviewOver();
    const current = currentRound(log);
    if (!current || current.endedAt === null) {
      throw roomError(RoomErrorCode.RoundNotOver, 'End the round before swapping roles.');
    }
    const { interviewerId, candidateId } = current;
    if (candidateId === null) throw conflict('Nobody is in the candidate’s seat yet.');
    const { Interviewer, Candidate } = ParticipantRole;
    // Demote first: if the second write failed there would be two candidates, never two interviewers.
    await store.setParticipantRole(room.sessionId, interviewerId, Candidate);
    await store.setParticipantRole(room.sessionId, candidateId, Interviewer);
    await room.refreshSession();
    moveRoleChannel(io, room.sessionId, interviewerId, Interviewer, Candidate);
    moveRoleChannel(io, room.sessionId, candidateId, Candidate, Interviewer);
    const index = current.index + 1;
    await room.append([
      {
        actorId: user.id,
        type: RoomEvent.RoundStart,
        payload: { index, interviewerId: candidateId, candidateId: interviewerId },
        visibility: 'everyone',
      },
    ]);
    return index;
  });
  announceChange(io, room.sessionId, RoomChange.Swapped);
  return { round };
}

/**
 * `room:finish`: either person ends the interview. A round still running ends with it; the
 * session is `completed` and every later action answers `interview_over`.
 */
export async function finishInterview(
  { io, store, user }: RoundChangeDeps,
  room: Room,
): Promise<{ finished: true }> {
  await room.exclusive(async () => {
    const log = room.log();
    if (log.finished) throw interviewOver();
    const current = currentRound(log);
    const events: NewEvent[] = [];
    if (current && current.endedAt === null) {
      events.push({
        actorId: user.id,
        type: RoomEvent.RoundEnd,
        payload: { round: current.index },
        visibility: 'everyone',
      });
    }
    events.push({ actorId: user.id, type: RoomEvent.Finish, payload: {}, visibility: 'everyone' });
    const stored = await room.append(events);
    const endedAt = stored.at(-1)?.at ?? Date.now();
    await store.updateSession(room.sessionId, { status: SessionStatus.Completed, endedAt });
    await room.refreshSession();
  });
  announceChange(io, room.sessionId, RoomChange.Finished);
  return { finished: true };
}
