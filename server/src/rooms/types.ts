import type { Language, ParticipantRole, Session, SessionEvent, User } from '@mockloop/shared';
import type { QuestionBank } from '../bank/types';
import type { Judge } from '../judge';
import type { HandlerDeps, IoServer, IoSocket } from '../realtime/ioTypes';
import type { NewEvent } from '../store/port';
import type { RoomLog } from './roomLog';

/** One live interview held in memory: its session record and its folded log. */
export interface Room {
  readonly sessionId: string;
  /** The session record as last read or written. */
  session(): Session;
  /** The folded log; read-only outside `exclusive`. */
  log(): RoomLog;
  /**
   * Runs `fn` with no other `exclusive` of this room in between (a per-room queue), so a check
   * and the write it guards cannot interleave with another request's.
   */
  exclusive<T>(fn: () => Promise<T>): Promise<T>;
  /** Appends to the store, folds what was stored, returns it. Call inside `exclusive`. */
  append(events: readonly NewEvent[]): Promise<SessionEvent[]>;
  /** Re-reads the session record (after `addQuestion`, `setParticipantRole`, `updateSession`). */
  refreshSession(): Promise<Session>;
}

/** The rooms of this node: loaded from the store on first use, rebuilt after a restart. */
export interface RoomHub {
  /** The room, or throws `not_found` when the session is not a live interview. */
  get(sessionId: string): Promise<Room>;
  /**
   * The room `socket` joined with `room:join`, and the caller's current role in it ([AR1]).
   * Throws `not_in_room` when the socket has not joined it.
   */
  member(socket: IoSocket, sessionId: string): Promise<{ room: Room; role: ParticipantRole }>;
}

/** The room's shared documents (Yjs), owned by `docs/`. */
export interface RoomDocs {
  /**
   * Creates the document of a question just presented, seeded (coding: the starter and the
   * language) and stored before the question is announced.
   */
  seed(room: Room, docIndex: number, seed: { code?: string; language?: Language }): Promise<void>;
  /** The code and language in a document now: what a run judges. */
  readCode(room: Room, docIndex: number): Promise<{ code: string; language: Language }>;
  /** Writes pending updates and a snapshot of every loaded document; for shutdown. */
  flush(): Promise<void>;
}

/** What every room handler gets. */
export interface RoomDeps extends HandlerDeps {
  io: IoServer;
  hub: RoomHub;
  docs: RoomDocs;
  bank: QuestionBank;
  judge: Judge;
  user: User;
}
