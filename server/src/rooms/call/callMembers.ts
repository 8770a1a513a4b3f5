import { RoomEvent, type CallPeer } from '@mockloop/shared';
import type { IoServer } from '../../realtime/ioTypes';
import { allChannel, userChannel } from '../roomChannels';
import type { Room } from '../types';

/**
 * Who is in the room's call now, by user: read from the sockets in the room's channel (across
 * nodes once an adapter is shared), like presence, so no list can go stale after a crash.
 */
export async function callMembers(io: IoServer, sessionId: string): Promise<Map<string, CallPeer>> {
  const sockets = await io.in(allChannel(sessionId)).fetchSockets();
  const members = new Map<string, CallPeer>();
  for (const socket of sockets) {
    const call = socket.data.room?.call;
    if (socket.data.room?.sessionId === sessionId && call) {
      members.set(socket.data.user.id, { userId: socket.data.user.id, ...call });
    }
  }
  return members;
}

/** `userId`'s side of the call; out of it when none of their sockets is in. */
export function sideOf(members: Map<string, CallPeer>, userId: string): CallPeer {
  return members.get(userId) ?? { userId, callId: null, audio: false, video: false };
}

/** The other participant's side, or null when nobody else is in the call. */
export function otherSide(members: Map<string, CallPeer>, userId: string): CallPeer | null {
  for (const [id, peer] of members) if (id !== userId) return peer;
  return null;
}

/** Tells the room's other sockets (never `userId`'s own) where `userId` stands in the call. */
export function announceSide(
  io: IoServer,
  sessionId: string,
  members: Map<string, CallPeer>,
  userId: string,
): void {
  io.to(allChannel(sessionId))
    .except(userChannel(sessionId, userId))
    .emit('call:peer', sideOf(members, userId));
}

/**
 * Logs `call:started` when a second person joins the call and `call:ended` when the last one
 * leaves, once each: a reload on one side (the other still in) is not a new call.
 */
export async function recordCallChange(io: IoServer, room: Room, actorId: string): Promise<void> {
  await room.exclusive(async () => {
    const inCall = (await callMembers(io, room.sessionId)).size;
    const { callOpen } = room.log();
    const type =
      !callOpen && inCall >= 2
        ? RoomEvent.CallStarted
        : callOpen && inCall === 0
          ? RoomEvent.CallEnded
          : null;
    if (type) await room.append([{ actorId, type, payload: {}, visibility: 'everyone' }]);
  });
}
