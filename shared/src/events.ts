import { z } from 'zod';
import type { ErrorBody } from './errors';
import type { WireSessionEvent } from './schemas/sessionWire';

/** Every socket acknowledgement: a result or a stable error, never a throw. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };
export type AckCallback<T> = (response: Ack<T>) => void;

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
    sessionId: z.string().min(1).max(64),
    afterSeq: z.number().int().min(0).optional(),
  })
  .strict();
export type SessionEventsPayload = z.infer<typeof SessionEventsPayloadSchema>;

/** Events a client emits. Names are `domain:verb`; the last argument is always the ack. */
export interface ClientToServerEvents {
  'system:ping': (payload: PingPayload, ack: AckCallback<PongData>) => void;
  'session:events': (
    payload: SessionEventsPayload,
    ack: AckCallback<{ events: WireSessionEvent[] }>,
  ) => void;
}

/** Events the server emits. */
export interface ServerToClientEvents {
  'system:hello': (data: { serverTime: number; version: string }) => void;
  /** Sent just before the server closes this socket: why, for the client to show. */
  'system:closing': (reason: ErrorBody) => void;
}
