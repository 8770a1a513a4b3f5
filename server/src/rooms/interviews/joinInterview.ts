import {
  findParticipant,
  InterviewErrorCode,
  InviteState,
  ParticipantRole,
  RoomChange,
  RoomEvent,
  SessionStatus,
  type InvitePreview,
  type JoinInterviewResponse,
  type User,
} from '@mockloop/shared';
import { AppError } from '../../http/AppError';
import type { IoServer } from '../../realtime/ioTypes';
import type { Store } from '../../store/port';
import { announceChange } from '../roomChannels';
import { announcePresence } from '../roomPresence';
import type { Room, RoomHub } from '../types';
import { inviteCodeAdmits, splitInviteCode } from './inviteCode';

function inviteNotFound(): AppError {
  return new AppError(404, InterviewErrorCode.InviteNotFound, 'This invite link is not valid.');
}

/**
 * [AR5] The room an invite code opens. A malformed code, an unknown room and a wrong secret all
 * answer the same 404, so a guess learns nothing, not even whether the room exists.
 */
export async function roomOfInvite(hub: RoomHub, code: string): Promise<Room> {
  const parts = splitInviteCode(code);
  if (!parts) throw inviteNotFound();
  const room = await hub.get(parts.sessionId).catch((error: unknown) => {
    throw error instanceof AppError ? inviteNotFound() : error;
  });
  if (!inviteCodeAdmits(room.log().inviteCode, parts)) throw inviteNotFound();
  return room;
}

/** Where the invite stands for `userId` (anonymous: undefined). */
export function inviteState(room: Room, userId: string | undefined): InviteState {
  const session = room.session();
  if (userId !== undefined && findParticipant(session, userId)) return InviteState.Joined;
  if (room.log().finished || session.status !== SessionStatus.Active) return InviteState.Ended;
  const seatTaken = session.participants.some(
    (p) => !p.former && p.role === ParticipantRole.Candidate,
  );
  return seatTaken ? InviteState.Full : InviteState.Open;
}

/** `GET /api/interviews/invites/:code`: what the join page shows, to anyone holding the code. */
export async function previewInvite(
  hub: RoomHub,
  store: Store,
  code: string,
  user: User | undefined,
): Promise<InvitePreview> {
  const room = await roomOfInvite(hub, code);
  const session = room.session();
  const creator = await store.getUser(session.createdBy);
  return {
    sessionId: session.id,
    title: session.title,
    format: room.log().format ?? 'coding',
    invitedBy: { displayName: creator?.displayName ?? 'A former user' },
    role: ParticipantRole.Candidate,
    state: inviteState(room, user?.id),
  };
}

export interface JoinDeps {
  hub: RoomHub;
  store: Store;
  io: IoServer;
}

/**
 * `POST /api/interviews/join`: seats `user` as the candidate. Someone already in the room just
 * gets their seat back; a taken seat is 409 `room_full`, a finished interview 410.
 */
export async function joinInterview(
  { hub, store, io }: JoinDeps,
  code: string,
  user: User,
): Promise<JoinInterviewResponse> {
  const room = await roomOfInvite(hub, code);
  const seated = await room.exclusive(async () => {
    const state = inviteState(room, user.id);
    if (state === InviteState.Joined) {
      const role = findParticipant(room.session(), user.id)?.role ?? ParticipantRole.Candidate;
      return { role, isNew: false };
    }
    if (state === InviteState.Ended) {
      throw new AppError(410, InterviewErrorCode.InterviewEnded, 'This interview is over.');
    }
    if (state === InviteState.Full) {
      throw new AppError(409, InterviewErrorCode.RoomFull, 'Someone else already joined.');
    }
    await store.addParticipant(room.sessionId, {
      userId: user.id,
      role: ParticipantRole.Candidate,
    });
    await room.refreshSession();
    await room.append([
      {
        actorId: user.id,
        type: RoomEvent.Joined,
        payload: { userId: user.id },
        visibility: 'everyone',
      },
    ]);
    return { role: ParticipantRole.Candidate, isNew: true };
  });
  if (seated.isNew) {
    // The interviewer re-reads the room (the round now has a candidate) and sees who arrived.
    announceChange(io, room.sessionId, RoomChange.Joined);
    await announcePresence(io, store, room.session());
  }
  return { sessionId: room.sessionId, role: seated.role };
}
