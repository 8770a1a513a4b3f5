import { z } from 'zod';
import { SessionIdSchema, type ParticipantRole, type Session } from './session';

/*
 * Live interviews over REST: creating a room, previewing and using its invite. Everything that
 * happens inside a room travels over the socket (`room.ts`, docs/realtime.md).
 */

/** What a live interview asks (fixed by the architecture). A loop is coding, behavioral, design. */
export const InterviewFormat = {
  Coding: 'coding',
  Behavioral: 'behavioral',
  SystemDesign: 'system-design',
  Loop: 'loop',
} as const;
export type InterviewFormat = (typeof InterviewFormat)[keyof typeof InterviewFormat];
export const INTERVIEW_FORMATS = Object.values(InterviewFormat) as [
  InterviewFormat,
  ...InterviewFormat[],
];

/** Body of `POST /api/interviews` (fixed by the architecture). */
export const CreateInterviewRequestSchema = z
  .object({ format: z.enum(INTERVIEW_FORMATS) })
  .strict();
export type CreateInterviewRequest = z.infer<typeof CreateInterviewRequestSchema>;

/** Answer of `POST /api/interviews` (201): the room, and the link to send the candidate. */
export interface CreateInterviewResponse {
  session: Session;
  /** `<origin>/join/<code>`. */
  inviteUrl: string;
}

/**
 * An invite code: `<sessionId>.<secret>`, where the secret is 128 random bits in base64url. The
 * session id only finds the room; the secret, compared in constant time, is what lets one in
 * ([AR5]).
 */
export const InviteCodeSchema = z
  .string()
  .min(24)
  .max(128)
  .regex(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{22,}$/, 'is not an invite code');

/** Body of `POST /api/interviews/join`. */
export const JoinInterviewRequestSchema = z.object({ code: InviteCodeSchema }).strict();
export type JoinInterviewRequest = z.infer<typeof JoinInterviewRequestSchema>;

/** Where an invite stands for the person opening it. */
export const InviteState = {
  /** Nobody has taken the candidate's seat: joining makes the caller the candidate. */
  Open: 'open',
  /** The caller already takes part; joining just opens the room. */
  Joined: 'joined',
  /** Someone else is the candidate. */
  Full: 'full',
  /** The interview is over. */
  Ended: 'ended',
} as const;
export type InviteState = (typeof InviteState)[keyof typeof InviteState];

/**
 * Answer of `GET /api/interviews/invites/:code`: what the join page shows before anyone signs in.
 * A wrong code answers 404 `invite_not_found`, whatever part of it is wrong.
 */
export interface InvitePreview {
  sessionId: string;
  title: string;
  format: InterviewFormat;
  invitedBy: { displayName: string };
  /** The seat joining gives: the candidate's. */
  role: ParticipantRole;
  state: InviteState;
}

/** Answer of `POST /api/interviews/join`: open `/sessions/<sessionId>`. */
export interface JoinInterviewResponse {
  sessionId: string;
  role: ParticipantRole;
}

/** Answer of `GET /api/interviews/:id/invite`: the room's link again, for its creator. */
export interface InviteLinkResponse {
  inviteUrl: string;
}

/** Stable codes of the errors the interview routes answer. */
export const InterviewErrorCode = {
  /** 404: no room with that invite (the code is malformed, unknown or wrong). */
  InviteNotFound: 'invite_not_found',
  /** 409: another person already took the candidate's seat. */
  RoomFull: 'room_full',
  /** 410: the interview is over. */
  InterviewEnded: 'interview_ended',
} as const;
export type InterviewErrorCode = (typeof InterviewErrorCode)[keyof typeof InterviewErrorCode];

/** Path parameter of the room routes. */
export const InterviewIdParamSchema = z.object({ id: SessionIdSchema }).strict();
