import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import {
  PingPayloadSchema,
  SessionEventsPayloadSchema,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@mockloop/shared';
import { readVisibleEvents } from '../auth/access';
import type { AuthService } from '../auth/createAuthService';
import { socketAuth, type SocketData } from '../auth/socketAuth';
import type { Logger } from '../logger';
import { toWireEvent } from '../sessions/toWireEvent';
import type { Store } from '../store/port';
import { eventBudget } from './eventBudget';
import { withAck } from './withAck';

export type IoServer = Server<
  ClientToServerEvents,
  ServerToClientEvents,
  Record<string, never>,
  SocketData
>;

const VERSION = '0.1.0';

export interface SocketDeps {
  log: Logger;
  auth: AuthService;
  store: Store;
}

/** The live half of the app: one Socket.IO server on the same HTTP server as the REST API. */
export function createSocketServer(
  httpServer: HttpServer,
  { log, auth, store }: SocketDeps,
): IoServer {
  const io: IoServer = new Server(httpServer, {
    serveClient: false,
    // A socket message is a few KB at most; refuse anything far larger.
    maxHttpBufferSize: 1_000_000,
  });
  io.use(socketAuth(auth, log));

  io.on('connection', (socket) => {
    const { user } = socket.data;
    const socketLog = log.child({ socketId: socket.id, userId: user.id });
    socket.emit('system:hello', { serverTime: Date.now(), version: VERSION });
    socket.use(eventBudget(socket));
    socket.on(
      'system:ping',
      withAck(PingPayloadSchema, ({ nonce }) => ({ nonce, serverTime: Date.now() }), socketLog),
    );
    socket.on(
      'session:events',
      withAck(
        SessionEventsPayloadSchema,
        async ({ sessionId, afterSeq }) => ({
          events: (
            await readVisibleEvents(
              store,
              sessionId,
              user,
              afterSeq === undefined ? {} : { afterSeq },
            )
          ).map(toWireEvent),
        }),
        socketLog,
      ),
    );
  });

  return io;
}
