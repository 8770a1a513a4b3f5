import { z } from 'zod';
import { ackWith, type ClientEventSpecs, type EventMapOf } from './eventSpec';
import { SessionIdSchema } from './schemas/session';
import {
  CallSignalPayloadSchema,
  CallStatePayloadSchema,
  type CallJoined,
  type CallPeer,
  type CallSignal,
} from './schemas/call';
import type { ErrorBody } from './errors';
import type { QuestionSection } from './schemas/question';
import {
  ChatSendPayloadSchema,
  NoteAddPayloadSchema,
  PresentQuestionPayloadSchema,
  RatingSubmitPayloadSchema,
  RoomRefSchema,
  RoomRunPayloadSchema,
  ScorecardSubmitPayloadSchema,
  TimerPayloadSchema,
  type ChatMessage,
  type PrivateNote,
  type RoomChange,
  type RoomParticipant,
  type RoomRunResult,
  type RoomSnapshot,
  type TimerState,
} from './schemas/room';
import type { RunMode } from './schemas/run';
import type { SocketSessionEvent } from './schemas/sessionWire';

/**
 * The socket protocol's version. A client sends it in the handshake (`auth: { protocol }`) and
 * the server refuses any other with `protocol_mismatch`, so a tab left open across a deploy is
 * told to reload instead of speaking an old dialect. Bump it whenever an event's name, payload
 * or ack changes incompatibly.
 */
export const PROTOCOL_VERSION = 1;

/** What the client puts in Socket.IO's `auth` handshake payload. */
export const HandshakeAuthSchema = z.object({ protocol: z.number().int() }).loose();
export type HandshakeAuth = z.infer<typeof HandshakeAuthSchema>;

/** Codes a refused handshake carries in `connect_error`'s `data.code`. */
export const HandshakeErrorCode = { ProtocolMismatch: 'protocol_mismatch' } as const;
export type HandshakeErrorCode = (typeof HandshakeErrorCode)[keyof typeof HandshakeErrorCode];

/** True when a `connect_error` says the client is older (or newer) than the server. */
export function isProtocolMismatch(error: unknown): boolean {
  const data: unknown =
    typeof error === 'object' && error !== null ? Reflect.get(error, 'data') : null;
  return (
    typeof data === 'object' &&
    data !== null &&
    Reflect.get(data, 'code') === HandshakeErrorCode.ProtocolMismatch
  );
}

/** `system:ping`: a liveness round trip; the server echoes the nonce with its clock. */
export const PingPayloadSchema = z
  .object({
    /** Echoed back so the client can match a reply to its ping. */
    nonce: z.string().min(1).max(64),
  })
  .strict();
export type PingPayload = z.infer<typeof PingPayloadSchema>;

export interface PongData {
  nonce: string;
  /** The server's clock (ms since epoch), so clients can estimate their offset. */
  serverTime: number;
}

/** `session:events`: a session's log after `afterSeq`, as the caller may see it. */
export const SessionEventsPayloadSchema = z
  .object({
    sessionId: SessionIdSchema,
    afterSeq: z.number().int().min(0).optional(),
  })
  .strict();
export type SessionEventsPayload = z.infer<typeof SessionEventsPayloadSchema>;

export interface SessionEventsData {
  /** Binary payloads arrive as raw bytes (see `SocketSessionEvent`). */
  events: SocketSessionEvent[];
}

/** Largest `doc:sync` / `doc:awareness` frame: a whole document's state on a first sync. */
export const MAX_DOC_FRAME_BYTES = 512 * 1024;

/**
 * A `docFrames` frame: binary, checked for size here and for shape by `decodeDocFrame`. The room
 * is the one the socket joined, so the frame does not repeat it.
 */
export const DocFramePayloadSchema = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength >= 2 && b.byteLength <= MAX_DOC_FRAME_BYTES, 'is not a doc frame');

/** Binary as it arrives: a browser gets an `ArrayBuffer`, Node a `Buffer`. */
export type WireBytes = ArrayBuffer | Uint8Array;

/**
 * Every event a client may emit, the single source of the socket contract: the payload schema
 * the server checks and, for a request, the type its ack carries. Names are `domain:verb`.
 * `ClientToServerEvents` and the server's handler types are derived from this table.
 */
export const CLIENT_EVENTS = {
  'system:ping': { payload: PingPayloadSchema, ack: ackWith<PongData>() },
  'session:events': { payload: SessionEventsPayloadSchema, ack: ackWith<SessionEventsData>() },
  'room:join': { payload: RoomRefSchema, ack: ackWith<RoomSnapshot>() },
  'room:state': { payload: RoomRefSchema, ack: ackWith<RoomSnapshot>() },
  'room:leave': { payload: RoomRefSchema, ack: ackWith<{ left: true }>() },
  'doc:sync': { payload: DocFramePayloadSchema },
  'doc:awareness': { payload: DocFramePayloadSchema },
  'room:present': { payload: PresentQuestionPayloadSchema, ack: ackWith<{ docIndex: number }>() },
  'room:hint': { payload: RoomRefSchema, ack: ackWith<{ index: number }>() },
  'room:timer': { payload: TimerPayloadSchema, ack: ackWith<TimerState>() },
  'room:run': { payload: RoomRunPayloadSchema, ack: ackWith<RoomRunResult>() },
  'chat:send': { payload: ChatSendPayloadSchema, ack: ackWith<ChatMessage>() },
  'note:add': { payload: NoteAddPayloadSchema, ack: ackWith<PrivateNote>() },
  'room:end-round': { payload: RoomRefSchema, ack: ackWith<{ round: number }>() },
  'scorecard:submit': { payload: ScorecardSubmitPayloadSchema, ack: ackWith<{ round: number }>() },
  'rating:submit': { payload: RatingSubmitPayloadSchema, ack: ackWith<{ round: number }>() },
  'room:swap': { payload: RoomRefSchema, ack: ackWith<{ round: number }>() },
  'room:finish': { payload: RoomRefSchema, ack: ackWith<{ finished: true }>() },
  'call:state': { payload: CallStatePayloadSchema, ack: ackWith<CallJoined>() },
  'call:signal': { payload: CallSignalPayloadSchema, ack: ackWith<{ relayed: true }>() },
  'call:leave': { payload: RoomRefSchema, ack: ackWith<{ left: true }>() },
} as const satisfies ClientEventSpecs;
export type ClientEvents = typeof CLIENT_EVENTS;

/** Events a client emits, as Socket.IO's typings want them. */
export type ClientToServerEvents = EventMapOf<ClientEvents>;

export interface HelloData {
  serverTime: number;
  /** The server's release, for logs and the about box. */
  version: string;
  /** The server's `PROTOCOL_VERSION`. */
  protocol: number;
}

/** Events the server emits. */
export interface ServerToClientEvents {
  'system:hello': (data: HelloData) => void;
  /** Sent just before the server closes this socket: why, for the client to show. */
  'system:closing': (reason: ErrorBody) => void;
  /** A `docFrames` frame: a y-protocols sync message for one of the room's documents. */
  'doc:sync': (frame: WireBytes) => void;
  /** A `docFrames` frame: another person's awareness (cursor, selection, name, colour). */
  'doc:awareness': (frame: WireBytes) => void;
  /** Who is in the room and who is connected, after any change. */
  'room:presence': (participants: RoomParticipant[]) => void;
  /** Something role-dependent changed: re-read the room with `room:state`. */
  'room:changed': (change: { reason: RoomChange }) => void;
  'room:timer': (timer: TimerState & { serverTime: number }) => void;
  /** A hint the interviewer revealed, to both. */
  'room:hint': (hint: { docIndex: number; index: number; hint: QuestionSection }) => void;
  'room:run-started': (run: { docIndex: number; by: string; mode: RunMode }) => void;
  /** A finished run: the candidate's view to candidates, the judge's to the interviewer. */
  'room:run-result': (run: RoomRunResult) => void;
  'chat:message': (message: ChatMessage) => void;
  /** A private note, to its author's other sockets only. */
  'note:added': (note: PrivateNote) => void;
  /** The other participant joined or left the call, or turned their microphone or camera. */
  'call:peer': (peer: CallPeer) => void;
  /** An offer, answer or candidate from the other participant, to the `to` call id only. */
  'call:signal': (signal: CallSignal) => void;
}
