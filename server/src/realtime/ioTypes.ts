import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@mockloop/shared';
import type { SocketData } from '../auth/socketAuth';
import type { Logger } from '../logger';
import type { Store } from '../store/port';
import type { OnDropped } from './withoutAck';

export type IoServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

export type IoSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

/** What every `registerXHandlers(io, socket, deps)` gets. */
export interface HandlerDeps {
  /** Already bound to the socket and its user. */
  log: Logger;
  store: Store;
  /** Counts and logs a fire-and-forget event that was dropped. */
  onDropped: OnDropped;
}
