import {
  CLIENT_EVENTS,
  type AckedHandler,
  type ClientEvents,
  type ClientEventSpec,
  type HandlerOf,
  type UnackedHandler,
} from '@mockloop/shared';
import type { HandlerDeps, IoSocket } from './ioTypes';
import { withAck } from './withAck';
import { withoutAck } from './withoutAck';

interface UntypedOn {
  on(event: string, listener: (payload: unknown, ack?: unknown) => Promise<void>): void;
}

type ListenDeps = Pick<HandlerDeps, 'log' | 'onDropped'>;

/** The socket listener for one table entry: acked when the entry names an ack, else not. */
export function listenerFor<S extends ClientEventSpec>(
  event: string,
  spec: S,
  handler: HandlerOf<S>,
  { log, onDropped }: ListenDeps,
): (payload: unknown, ack?: unknown) => Promise<void> {
  // `HandlerOf` already chose the handler's type from the same `ack` field checked here.
  return spec.ack
    ? withAck(spec, handler as AckedHandler<S>, log)
    : withoutAck(event, spec, handler as UnackedHandler<S>, onDropped);
}

/**
 * Registers `handler` for a client event. The handler's payload and ack types come from the
 * event's entry in `CLIENT_EVENTS`, and so does the schema that checks the payload first.
 *
 * @example onClientEvent(socket, 'system:ping', ({ nonce }) => ({ nonce, serverTime: Date.now() }), deps)
 */
export function onClientEvent<E extends keyof ClientEvents>(
  socket: IoSocket,
  event: E,
  handler: HandlerOf<ClientEvents[E]>,
  deps: ListenDeps,
): void {
  const listener = listenerFor(event, CLIENT_EVENTS[event], handler, deps);
  // Socket.IO's typings cannot relate a listener to a generic event name; the table entry
  // looked up by the same `event` is what ties payload, ack and handler together.
  (socket as UntypedOn).on(event, listener);
}
