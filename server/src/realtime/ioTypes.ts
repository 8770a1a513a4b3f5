import type { Server, Socket } from 'socket.io';
import type { ClientToServerEvents, ServerToClientEvents } from '@mockloop/shared';
import type { SocketData } from '../auth/socketAuth';
import type { Logger } from '../logger';
import type { Store } from '../store/port';
import type { OnDropped } from './withoutAck';

/**
 * Between the nodes of one deployment (`io.serverSideEmit`, through the Redis adapter; never
 * heard by a client). One node only: nothing is ever sent.
 */
export interface InterServerEvents {
  /** A Yjs update one node accepted and stored: the others apply it to their copy, unstored. */
  'doc:relay': (sessionId: string, docIndex: number, update: Uint8Array) => void;
}

export type IoServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
  SocketData
>;

export type IoSocket = Socket<
  ClientToServerEvents,
  ServerToClientEvents,
  InterServerEvents,
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
