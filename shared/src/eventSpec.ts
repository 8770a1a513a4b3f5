import type { z } from 'zod';
import type { ErrorBody } from './errors';

/** Every socket acknowledgement: a result or a stable error, never a throw. */
export type Ack<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };
export type AckCallback<T> = (response: Ack<T>) => void;

/**
 * Marks an event as answered with data of type `T`. Only its type matters; at run time it is an
 * empty object, present so the table says which events expect an answer.
 */
export interface AckSpec<T> {
  readonly ackData?: T;
}

/** @example `ack: ackWith<PongData>()` in an event table. */
export function ackWith<T>(): AckSpec<T> {
  return {};
}

/**
 * One client-to-server event: the schema its payload must pass and, for a request, the data its
 * ack carries. Without `ack` the event is fire-and-forget (high-rate traffic such as editor
 * updates and cursors): checked the same way, an invalid one is dropped and logged, never
 * answered.
 */
export interface ClientEventSpec {
  payload: z.ZodType;
  ack?: AckSpec<unknown>;
}

export type ClientEventSpecs = Record<string, ClientEventSpec>;

/** The payload a handler receives, after the schema parsed it. */
export type PayloadOf<S extends ClientEventSpec> = z.output<S['payload']>;

/** The data an acked event's handler returns; `never` for an event without an ack. */
export type AckDataOf<S extends ClientEventSpec> = S extends { ack: AckSpec<infer T> } ? T : never;

/** Names of the events in `Specs` that expect an ack. */
export type AckedEventName<Specs extends ClientEventSpecs> = {
  [E in keyof Specs]: Specs[E] extends { ack: AckSpec<unknown> } ? E : never;
}[keyof Specs] &
  string;

/** Names of the fire-and-forget events in `Specs`. */
export type UnackedEventName<Specs extends ClientEventSpecs> = Exclude<
  keyof Specs & string,
  AckedEventName<Specs>
>;

/** The Socket.IO listener map derived from a table: the last argument is the ack, if any. */
export type EventMapOf<Specs extends ClientEventSpecs> = {
  [E in keyof Specs]: Specs[E] extends { ack: AckSpec<infer T> }
    ? (payload: z.input<Specs[E]['payload']>, ack: AckCallback<T>) => void
    : (payload: z.input<Specs[E]['payload']>) => void;
};

/** A server handler for an acked event: the parsed payload in, the ack's data out. */
export type AckedHandler<S extends ClientEventSpec> = (
  payload: PayloadOf<S>,
) => AckDataOf<S> | Promise<AckDataOf<S>>;

/** A server handler for a fire-and-forget event: nothing goes back to the sender. */
export type UnackedHandler<S extends ClientEventSpec> = (
  payload: PayloadOf<S>,
) => void | Promise<void>;

/** The handler an event's table entry asks for: acked or fire-and-forget. */
export type HandlerOf<S extends ClientEventSpec> = S extends { ack: AckSpec<unknown> }
  ? AckedHandler<S>
  : UnackedHandler<S>;
