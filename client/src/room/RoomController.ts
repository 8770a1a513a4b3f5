import type {
  AckDataOf,
  AckedEventName,
  ClientEvents,
  PayloadOf,
  RoomRunResult,
  RoomSnapshot,
  TimerState,
} from '@mockloop/shared';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

/** Room requests: every acked client event except joining and reading, which the hook does. */
export type RoomRequestName = Exclude<
  AckedEventName<ClientEvents>,
  'room:join' | 'room:state' | 'room:leave' | 'system:ping' | 'session:events'
>;

/** `Omit` applied to each member of a union, so a discriminated union keeps its members. */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The payload of a room request without its `sessionId`, which the controller adds. */
export type RoomRequestPayload<E extends RoomRequestName> = OmitEach<
  PayloadOf<ClientEvents[E]>,
  'sessionId'
>;

/** A shared document of the room, synced over the socket (`docIndex` = question asked). */
export interface SharedDoc {
  docIndex: number;
  doc: Y.Doc;
  awareness: Awareness;
  /** True once the first state-vector exchange with the server finished. */
  synced: boolean;
}

/**
 * The live room as the page's panels use it. `useRoom(sessionId)` (client/src/room/useRoom.ts)
 * provides it; panels take it as a prop and never touch the socket themselves.
 */
export interface RoomController {
  /** The room as the server last described it to this socket (refreshed on `room:changed`). */
  snapshot: RoomSnapshot;
  isInterviewer: boolean;
  /** The countdown with `endsAt` already in this browser's clock. */
  timer: TimerState;
  /** A run or submit being judged in this room right now, by whom. */
  running: { by: string; mode: 'run' | 'submit' } | null;
  lastRun: RoomRunResult | null;
  /** Chat messages not yet seen (the chat panel calls `markChatRead` when shown). */
  unreadChat: number;
  markChatRead(): void;
  /**
   * How many times this page has joined the room: each reconnect is a new join, after which
   * what a socket holds on the server (being in the call) must be said again.
   */
  joins: number;
  /** The current question's shared document, or null before a question is presented. */
  doc: SharedDoc | null;
  /**
   * Sends a request and resolves with its ack's data; rejects with `RoomRequestError` (its
   * `code` from the server, e.g. `forbidden`, `round_over`) so panels can show the message.
   */
  request: <E extends RoomRequestName>(
    event: E,
    payload: RoomRequestPayload<E>,
  ) => Promise<AckDataOf<ClientEvents[E]>>;
}

/** A refused room request: the server's stable code and message. */
export class RoomRequestError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'RoomRequestError';
  }
}
