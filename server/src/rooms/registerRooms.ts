import type { QuestionBank } from '../bank/types';
import type { Judge } from '../judge';
import type { HandlerDeps, IoServer, IoSocket } from '../realtime/ioTypes';
import { registerRoomHandlers } from './registerRoomHandlers';
import type { RoomDeps, RoomDocs, RoomHub } from './types';

/** The room pieces built once per app (`createApp`); each socket's `RoomDeps` adds its user. */
export interface RoomServices {
  hub: RoomHub;
  bank: QuestionBank;
  judge: Judge;
  /**
   * The shared documents, built by rooms-docs (`createRoomDocs`) and passed in by `createApp`.
   * Until that lands it is absent, and only the handlers that need no documents register.
   */
  docs?: RoomDocs;
}

/** What the handlers of joining, presence, swap and finish use: everything but the documents. */
export type RoomCoreDeps = Omit<RoomDeps, 'docs'>;

/** The one place every room domain registers its socket handlers (`room:*`, `doc:*`, tools). */
export function registerRooms(
  io: IoServer,
  socket: IoSocket,
  base: HandlerDeps,
  { docs, ...services }: RoomServices,
): void {
  const core: RoomCoreDeps = { ...base, ...services, io, user: socket.data.user };
  registerRoomHandlers(io, socket, core);
  if (!docs) return;
  const deps: RoomDeps = { ...core, docs };
  // ROOMS-DOCS and ROOMS-TOOLS register here, with the full `deps`:
  //   registerDocHandlers(io, socket, deps);
  //   registerRoomToolHandlers(io, socket, deps);
  void deps;
}
