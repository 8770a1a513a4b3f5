import { z } from 'zod';
import { JsonValueSchema, type JsonValue } from './question';
import { SessionEventSchema, type SessionEvent } from './session';

/**
 * How an event's payload travels. The kind is a sibling of the payload, never a shape inside
 * it, so a JSON payload that happens to look like `{ encoding: 'base64', data }` stays JSON.
 */
export const PayloadKind = { Json: 'json', Binary: 'binary' } as const;
export type PayloadKind = (typeof PayloadKind)[keyof typeof PayloadKind];

const WireEventFieldsSchema = SessionEventSchema.omit({ payload: true });

/**
 * A session event in JSON (REST, exports, `data:export`): binary payloads as base64, tagged by
 * `payloadKind`.
 */
export const WireSessionEventSchema = z.discriminatedUnion('payloadKind', [
  WireEventFieldsSchema.extend({ payloadKind: z.literal('json'), payload: JsonValueSchema }),
  WireEventFieldsSchema.extend({ payloadKind: z.literal('binary'), payload: z.base64() }),
]);
export type WireSessionEvent = z.infer<typeof WireSessionEventSchema>;

/**
 * A session event over Socket.IO: the same tag, but binary payloads travel as raw bytes, which
 * Socket.IO carries natively. A browser receives them as an `ArrayBuffer`, Node as a `Buffer`.
 */
export type SocketSessionEvent = Omit<SessionEvent, 'payload'> &
  (
    | { payloadKind: 'json'; payload: JsonValue }
    | { payloadKind: 'binary'; payload: Uint8Array | ArrayBuffer }
  );

/** A stored event in its JSON form. */
export function toWireEvent({ payload, ...fields }: SessionEvent): WireSessionEvent {
  return payload instanceof Uint8Array
    ? { ...fields, payloadKind: 'binary', payload: z.util.uint8ArrayToBase64(payload) }
    : { ...fields, payloadKind: 'json', payload };
}

/** Back from the JSON form; the caller has checked `wire` against `WireSessionEventSchema`. */
export function fromWireEvent({ payloadKind, payload, ...fields }: WireSessionEvent): SessionEvent {
  return payloadKind === 'binary'
    ? { ...fields, payload: z.util.base64ToUint8Array(payload) }
    : { ...fields, payload };
}

/** A stored event as a socket sends it. */
export function toSocketEvent({ payload, ...fields }: SessionEvent): SocketSessionEvent {
  return payload instanceof Uint8Array
    ? { ...fields, payloadKind: 'binary', payload }
    : { ...fields, payloadKind: 'json', payload };
}

/** Back from the socket form, with bytes as a plain `Uint8Array` whatever the runtime gave. */
export function fromSocketEvent({
  payloadKind,
  payload,
  ...fields
}: SocketSessionEvent): SessionEvent {
  if (payloadKind === 'json') return { ...fields, payload };
  // A copy: a Node Buffer may be a view into a shared pool, and callers may keep the bytes.
  return { ...fields, payload: new Uint8Array(payload) };
}
