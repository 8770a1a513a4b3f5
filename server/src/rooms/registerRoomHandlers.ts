import { findParticipant, ParticipantRole, type RoomSnapshot } from '@mockloop/shared';
import { notFound } from '../http/AppError';
import { leaveCall } from './call/registerCallHandlers';
import type { IoServer, IoSocket } from '../realtime/ioTypes';
import { onClientEvent } from '../realtime/onClientEvent';
import { allChannel, roleChannel, userChannel } from './roomChannels';
import { announcePresence, roomParticipants } from './roomPresence';
import { roomSnapshot } from './roomSnapshot';
import type { RoomCoreDeps } from './registerRooms';
import { finishInterview, swapRoles } from './swapAndFinish';
import type { Room } from './types';

async function snapshotFor(
  deps: RoomCoreDeps,
  room: Room,
  role: ParticipantRole,
): Promise<RoomSnapshot> {
  const participants = await roomParticipants(deps.io, deps.store, room.session());
  return roomSnapshot(room, deps.bank, { userId: deps.user.id, role }, participants);
}

/** [AR1] The caller's seat in the room; strangers get 404 as for any session they are not in. */
async function seatOf(room: Room, userId: string): Promise<ParticipantRole> {
  // Joined over REST on another node a moment ago: this node's record may not have them yet.
  const participant =
    findParticipant(room.session(), userId) ?? findParticipant(await room.refreshSession(), userId);
  if (!participant) throw notFound('No such session.');
  return participant.role;
}

/** Takes `socket` out of its room's channels and forgets the membership; tells who is left. */
async function leaveRoom(deps: RoomCoreDeps, socket: IoSocket): Promise<void> {
  const sessionId = socket.data.room?.sessionId;
  if (sessionId === undefined) return;
  const room = await deps.hub.get(sessionId);
  // A page leaving the room leaves its call too (it may not have said so first).
  await leaveCall(deps, socket, room);
  delete socket.data.room;
  await socket.leave(allChannel(sessionId));
  for (const role of [ParticipantRole.Interviewer, ParticipantRole.Candidate]) {
    await socket.leave(roleChannel(sessionId, role));
  }
  await socket.leave(userChannel(sessionId, deps.user.id));
  await announcePresence(deps.io, deps.store, room.session());
}

/**
 * `room:join`, `room:state`, `room:leave` and presence. Joining puts the socket in the room's
 * `all`, role and user channels; everything role-dependent is then either sent to a role channel
 * or re-read through `room:state`, which `roomSnapshot` cuts by the caller's current role.
 */
export function registerRoomHandlers(io: IoServer, socket: IoSocket, deps: RoomCoreDeps): void {
  const { hub, user } = deps;

  onClientEvent(
    socket,
    'room:join',
    async ({ sessionId }) => {
      const room = await hub.get(sessionId);
      if (socket.data.room && socket.data.room.sessionId !== sessionId) {
        await leaveRoom(deps, socket);
      }
      // Inside the room's queue: a swap moving this user's sockets cannot slip in between
      // reading the role and joining its channel.
      const role = await room.exclusive(async () => {
        const seat = await seatOf(room, user.id);
        socket.data.room = { sessionId };
        await socket.join([
          allChannel(sessionId),
          roleChannel(sessionId, seat),
          userChannel(sessionId, user.id),
        ]);
        return seat;
      });
      await announcePresence(io, deps.store, room.session());
      return snapshotFor(deps, room, role);
    },
    deps,
  );

  onClientEvent(
    socket,
    'room:state',
    async ({ sessionId }) => {
      const { room } = await hub.member(socket, sessionId);
      // In the queue, which first folds what other nodes stored: a re-read is never stale.
      return room.exclusive(async () => {
        const { role } = await hub.member(socket, sessionId);
        return snapshotFor(deps, room, role);
      });
    },
    deps,
  );

  onClientEvent(
    socket,
    'room:leave',
    async ({ sessionId }) => {
      if (socket.data.room?.sessionId === sessionId) await leaveRoom(deps, socket);
      return { left: true as const };
    },
    deps,
  );

  onClientEvent(
    socket,
    'room:swap',
    async ({ sessionId }) => swapRoles(deps, (await hub.member(socket, sessionId)).room),
    deps,
  );

  onClientEvent(
    socket,
    'room:finish',
    async ({ sessionId }) => finishInterview(deps, (await hub.member(socket, sessionId)).room),
    deps,
  );

  socket.on('disconnect', () => {
    const sessionId = socket.data.room?.sessionId;
    if (sessionId === undefined) return;
    // The socket already left its channels; the others learn whether this user is still here.
    hub
      .get(sessionId)
      .then((room) => announcePresence(io, deps.store, room.session()))
      .catch((error: unknown) => deps.log.warn({ err: error, sessionId }, 'presence not sent'));
  });
}
