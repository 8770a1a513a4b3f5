import type { Server as HttpServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-streams-adapter';
import { Server } from 'socket.io';
import { PROTOCOL_VERSION } from '@mockloop/shared';
import type { AuthService } from '../auth/createAuthService';
import { joinRevocationChannels } from '../auth/revocationChannels';
import { socketAuth } from '../auth/socketAuth';
import type { Logger } from '../logger';
import type { RedisServices } from '../redis/createRedisServices';
import { registerRooms, type RoomServices } from '../rooms/registerRooms';
import { registerSessionHandlers } from '../sessions/registerSessionHandlers';
import type { Store } from '../store/port';
import { checkProtocol } from './checkProtocol';
import { eventBudget } from './eventBudget';
import type { IoServer } from './ioTypes';
import { registerSystemHandlers } from './registerSystemHandlers';
import { countDrops } from './withoutAck';

export type { IoServer } from './ioTypes';

const VERSION = '0.1.0';

export interface SocketDeps {
  log: Logger;
  auth: AuthService;
  store: Store;
  /** Live interview rooms: the hub, bank and judge (and, once rooms-docs lands, `docs`). */
  rooms: RoomServices;
  /** Several nodes: broadcasts, channels and `fetchSockets` reach every node through Redis. */
  redis?: RedisServices | undefined;
}

/**
 * The live half of the app: one Socket.IO server on the same HTTP server as the REST API. It
 * only wires: the handshake checks, then each domain's `registerXHandlers`.
 */
export function createSocketServer(
  httpServer: HttpServer,
  { log, auth, store, rooms, redis }: SocketDeps,
): IoServer {
  const io: IoServer = new Server(httpServer, {
    serveClient: false,
    // A socket message is a few KB at most; refuse anything far larger.
    maxHttpBufferSize: 1_000_000,
    // The streams adapter (not pub/sub): it survives a Redis restart without losing messages
    // and is the one that supports connection state recovery, should the app turn it on.
    ...(redis ? { adapter: createAdapter(redis.adapter) } : {}),
  });
  io.use(checkProtocol());
  io.use(socketAuth(auth, log));

  io.on('connection', (socket) => {
    const socketLog = log.child({ socketId: socket.id, userId: socket.data.user.id });
    socket.use(eventBudget(socket));
    joinRevocationChannels(socket).catch((error: unknown) => {
      socketLog.error({ err: error }, 'joining the revocation channels failed');
      socket.disconnect(true);
    });
    const deps = { log: socketLog, store, onDropped: countDrops(socketLog) };
    registerSystemHandlers(io, socket, deps);
    registerSessionHandlers(io, socket, deps);
    // Every room domain (join and presence, documents, interviewer tools) registers in there.
    registerRooms(io, socket, deps, rooms);
    socket.emit('system:hello', {
      serverTime: Date.now(),
      version: VERSION,
      protocol: PROTOCOL_VERSION,
    });
  });

  return io;
}
