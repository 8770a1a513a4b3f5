import { type RoomParticipant, type Session } from '@mockloop/shared';
import type { IoServer } from '../realtime/ioTypes';
import type { Store } from '../store/port';
import { allChannel } from './roomChannels';

/**
 * Who has at least one socket in the room now. Read from the channel itself (across nodes once an
 * adapter is shared), so presence needs no bookkeeping that a crash could leave wrong. A socket
 * that disconnected has already left its channels.
 */
export async function onlineUserIds(io: IoServer, sessionId: string): Promise<Set<string>> {
  const sockets = await io.in(allChannel(sessionId)).fetchSockets();
  return new Set(sockets.map((socket) => socket.data.user.id));
}

/** The room's current participants with their names, roles and connection state. */
export async function roomParticipants(
  io: IoServer,
  store: Store,
  session: Session,
): Promise<RoomParticipant[]> {
  const online = await onlineUserIds(io, session.id);
  const current = session.participants.filter((p) => !p.former);
  return Promise.all(
    current.map(async ({ userId, role }) => {
      const user = await store.getUser(userId);
      return {
        userId,
        displayName: user?.displayName ?? 'Former participant',
        role,
        online: online.has(userId),
      };
    }),
  );
}

/** Tells everyone in the room who is here now (`room:presence`). */
export async function announcePresence(
  io: IoServer,
  store: Store,
  session: Session,
): Promise<void> {
  const participants = await roomParticipants(io, store, session);
  io.to(allChannel(session.id)).emit('room:presence', participants);
}
