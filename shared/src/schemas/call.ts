import { z } from 'zod';
import { RoomRefSchema } from './room';

/*
 * Audio and video between the two people of a live room. The media goes browser to browser
 * (WebRTC); the server only relays the signalling below to the other participant and logs that
 * a call started and ended. docs/realtime.md "Calls" lists the events.
 */

/** Largest session description accepted: real ones are a few KB. */
export const MAX_SDP_LENGTH = 64 * 1024;
/** Largest ICE candidate line accepted: real ones are under 200 characters. */
export const MAX_CANDIDATE_LENGTH = 1024;

/**
 * One side's place in a call: chosen by the browser when it joins the call (a reload is a new
 * id), so signals meant for an earlier page are told apart from the current one's.
 */
export const CallIdSchema = z.string().regex(/^[\w-]{8,64}$/, 'is not a call id');

/** An SDP offer or answer (`RTCSessionDescriptionInit` without `rollback`/`pranswer`). */
export const SessionDescriptionSchema = z
  .object({
    type: z.enum(['offer', 'answer']),
    sdp: z.string().min(1).max(MAX_SDP_LENGTH),
  })
  .strict();
export type SessionDescription = z.infer<typeof SessionDescriptionSchema>;

/** An ICE candidate (`RTCIceCandidateInit`); an empty `candidate` ends the candidates. */
export const IceCandidateSchema = z
  .object({
    candidate: z.string().max(MAX_CANDIDATE_LENGTH),
    sdpMid: z.string().max(64).nullable(),
    sdpMLineIndex: z.number().int().min(0).max(1024).nullable(),
    usernameFragment: z.string().max(256).nullable(),
  })
  .strict();
export type IceCandidate = z.infer<typeof IceCandidateSchema>;

const SignalAddress = {
  /** The sender's call id. */
  callId: CallIdSchema,
  /** The call id of the peer it is meant for; any other page of theirs ignores it. */
  to: CallIdSchema,
};

/** `call:signal`: an offer, an answer or a candidate for the other participant. */
export const CallSignalPayloadSchema = z.union([
  RoomRefSchema.extend({ ...SignalAddress, description: SessionDescriptionSchema }).strict(),
  RoomRefSchema.extend({ ...SignalAddress, candidate: IceCandidateSchema }).strict(),
]);
export type CallSignalPayload = z.infer<typeof CallSignalPayloadSchema>;

type WithoutRoom<T> = T extends unknown ? Omit<T, 'sessionId'> : never;

/** A signal as the peer receives it: the payload without the room, with who sent it. */
export type CallSignal = WithoutRoom<CallSignalPayload> & {
  /** The sender's user id. */
  from: string;
};

/** What one side sends and shares: whether its microphone and camera are on. */
export const CallMediaSchema = z.object({ audio: z.boolean(), video: z.boolean() }).strict();
export type CallMedia = z.infer<typeof CallMediaSchema>;

/** `call:state`: joins the call (the first time for a `callId`) or updates mute and camera. */
export const CallStatePayloadSchema = RoomRefSchema.extend({
  callId: CallIdSchema,
  ...CallMediaSchema.shape,
}).strict();
export type CallStatePayload = z.infer<typeof CallStatePayloadSchema>;

/** The other participant's side of the call; `callId` is null when they are not in it. */
export interface CallPeer extends CallMedia {
  userId: string;
  callId: string | null;
}

const IceUrlSchema = z
  .string()
  .regex(/^(stun|turns?):[^\s]+$/, 'must be a stun:, turn: or turns: URL');

/** One STUN or TURN server (`RTCIceServer`), as configured in `ICE_SERVERS`. */
export const IceServerSchema = z
  .object({
    urls: z.union([IceUrlSchema, z.array(IceUrlSchema).min(1)]),
    username: z.string().optional(),
    credential: z.string().optional(),
  })
  .strict();
export type IceServer = z.infer<typeof IceServerSchema>;

/** The answer to `call:state`: how to connect, and where the other side is now. */
export interface CallJoined {
  /** From `ICE_SERVERS`; empty means host candidates only (peers on one network). */
  iceServers: IceServer[];
  peer: CallPeer | null;
}
