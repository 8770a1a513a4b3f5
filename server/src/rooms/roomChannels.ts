import type { ParticipantRole, RoomChange } from '@mockloop/shared';
import type { IoServer } from '../realtime/ioTypes';

/*
 * Socket.IO rooms ("channels" here, to keep the word room for interviews). Every socket that
 * joined an interview is in its `all` channel, its role's channel and its user's channel, so a
 * message meant for one role is sent to that channel and never filtered after the fact. These
 * work across nodes once a Socket.IO adapter is shared.
 */

export function allChannel(sessionId: string): string {
  return `interview:${sessionId}`;
}

export function roleChannel(sessionId: string, role: ParticipantRole): string {
  return `interview:${sessionId}:role:${role}`;
}

export function userChannel(sessionId: string, userId: string): string {
  return `interview:${sessionId}:user:${userId}`;
}

/** Tells every socket of the room to re-read it (`room:state`), which is cut by role. */
export function announceChange(io: IoServer, sessionId: string, reason: RoomChange): void {
  io.to(allChannel(sessionId)).emit('room:changed', { reason });
}
