import { RoomErrorCode, type IceServer } from '@mockloop/shared';
import type { IoServer, IoSocket } from '../../realtime/ioTypes';
import { onClientEvent } from '../../realtime/onClientEvent';
import type { RoomCoreDeps } from '../registerRooms';
import { allChannel, userChannel } from '../roomChannels';
import { interviewOver, roomError } from '../roomErrors';
import type { Room } from '../types';
import { announceSide, callMembers, otherSide, recordCallChange } from './callMembers';

export interface CallDeps extends RoomCoreDeps {
  /** `ICE_SERVERS` from the config; sent to the room's people as they join the call. */
  iceServers: IceServer[];
}

/**
 * Takes `socket` out of its room's call, if it was in, and tells the other side. Called on
 * `call:leave`, `room:leave` and disconnect; the socket may already have left its channels.
 */
export async function leaveCall(deps: RoomCoreDeps, socket: IoSocket, room: Room): Promise<void> {
  const membership = socket.data.room;
  if (!membership?.call) return;
  delete membership.call;
  const members = await callMembers(deps.io, room.sessionId);
  announceSide(deps.io, room.sessionId, members, deps.user.id);
  await recordCallChange(deps.io, room, deps.user.id);
}

/**
 * The call's signalling: `call:state` (join, mute, camera), `call:signal` (relayed to the other
 * participant only, [AR10]) and `call:leave`. No media passes through here.
 */
export function registerCallHandlers(io: IoServer, socket: IoSocket, deps: CallDeps): void {
  const { hub, user } = deps;

  onClientEvent(
    socket,
    'call:state',
    async ({ sessionId, callId, audio, video }) => {
      // [AR1] [AR10] Only a socket that joined the room as one of its people.
      const { room } = await hub.member(socket, sessionId);
      if (room.log().finished) throw interviewOver();
      const membership = socket.data.room;
      if (!membership) throw new Error('member without a membership');
      membership.call = { callId, audio, video };
      const members = await callMembers(io, sessionId);
      announceSide(io, sessionId, members, user.id);
      await recordCallChange(io, room, user.id);
      return { iceServers: deps.iceServers, peer: otherSide(members, user.id) };
    },
    deps,
  );

  onClientEvent(
    socket,
    'call:signal',
    async ({ sessionId, ...signal }) => {
      const { room } = await hub.member(socket, sessionId);
      if (room.log().finished) throw interviewOver();
      if (socket.data.room?.call?.callId !== signal.callId) {
        throw roomError(RoomErrorCode.NotInCall, 'Join the call first.');
      }
      // [AR10] The room's other person only: its channel, without the sender's own sockets.
      socket
        .to(allChannel(sessionId))
        .except(userChannel(sessionId, user.id))
        .emit('call:signal', { ...signal, from: user.id });
      return { relayed: true as const };
    },
    deps,
  );

  onClientEvent(
    socket,
    'call:leave',
    async ({ sessionId }) => {
      const { room } = await hub.member(socket, sessionId);
      await leaveCall(deps, socket, room);
      return { left: true as const };
    },
    deps,
  );

  socket.on('disconnect', () => {
    const sessionId = socket.data.room?.sessionId;
    if (sessionId === undefined || !socket.data.room?.call) return;
    hub
      .get(sessionId)
      .then((room) => leaveCall(deps, socket, room))
      .catch((error: unknown) => deps.log.warn({ err: error, sessionId }, 'call leave not sent'));
  });
}
