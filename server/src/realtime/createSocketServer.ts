import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import {
  PingPayloadSchema,
  type ClientToServerEvents,
  type ServerToClientEvents,
} from '@mockloop/shared';
import type { Logger } from '../logger';
import { withAck } from './withAck';

export type IoServer = Server<ClientToServerEvents, ServerToClientEvents>;

const VERSION = '0.1.0';

/** The live half of the app: one Socket.IO server on the same HTTP server as the REST API. */
export function createSocketServer(httpServer: HttpServer, log: Logger): IoServer {
  const io: IoServer = new Server(httpServer, {
    serveClient: false,
    // A socket message is a few KB at most; refuse anything far larger.
    maxHttpBufferSize: 1_000_000,
  });

  io.on('connection', (socket) => {
    const socketLog = log.child({ socketId: socket.id });
    socket.emit('system:hello', { serverTime: Date.now(), version: VERSION });
    socket.on(
      'system:ping',
      withAck(PingPayloadSchema, ({ nonce }) => ({ nonce, serverTime: Date.now() }), socketLog),
    );
  });

  return io;
}
