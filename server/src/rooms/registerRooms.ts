import type { IceServer } from '@mockloop/shared';
import type { QuestionBank } from '../bank/types';
import type { Judge } from '../judge';
import type { HandlerDeps, IoServer, IoSocket } from '../realtime/ioTypes';
import { registerCallHandlers } from './call/registerCallHandlers';
import type { SyncedRoomDocs } from './docs/createRoomDocs';
import { registerDocHandlers } from './docs/registerDocHandlers';
import { registerRoomHandlers } from './registerRoomHandlers';
import type { RunGate } from './runs/registerRunHandler';
import { registerRoomToolHandlers } from './tools/registerRoomToolHandlers';
import type { RoomDeps, RoomHub } from './types';

/** The room pieces built once per app (`createApp`); each socket's `RoomDeps` adds its user. */
export interface RoomServices {
  hub: RoomHub;
  bank: QuestionBank;
  judge: Judge;
  /** The shared documents (`createRoomDocs`). */
  docs: SyncedRoomDocs;
  /** One run at a time per room, and each user's run allowance (`createRunGate`). */
  runs: RunGate;
  /** STUN/TURN servers for calls (`ICE_SERVERS`); empty for host candidates only. */
  iceServers: IceServer[];
}

/** What the handlers of joining, presence, swap and finish use: everything but the documents. */
export type RoomCoreDeps = Omit<RoomDeps, 'docs'>;

/** The one place every room domain registers its socket handlers (`room:*`, `doc:*`, tools, calls). */
export function registerRooms(
  io: IoServer,
  socket: IoSocket,
  base: HandlerDeps,
  { docs, runs, iceServers, ...services }: RoomServices,
): void {
  const core: RoomCoreDeps = { ...base, ...services, io, user: socket.data.user };
  registerRoomHandlers(io, socket, core);
  // The tools (hints, timer, chat, notes, end-round, feedback) need no documents.
  registerRoomToolHandlers(io, socket, core);
  registerDocHandlers(io, socket, { ...core, docs, runs });
  registerCallHandlers(io, socket, { ...core, iceServers });
}
