import { findParticipant, SessionKind, type Session, type SessionEvent } from '@mockloop/shared';
import { notFound } from '../http/AppError';
import type { Logger } from '../logger';
import { SessionLocks } from '../sessions/practice/SessionLocks';
import type { NewEvent, Store } from '../store/port';
import { notInRoom } from './roomErrors';
import { emptyRoomLog, foldRoomEvents, type RoomLog } from './roomLog';
import type { Room, RoomHub } from './types';

/** Document events are many and change nothing the fold keeps; other events may change roles. */
function changesSession(event: SessionEvent): boolean {
  return !event.type.startsWith('doc:');
}

class LoadedRoom implements Room {
  constructor(
    readonly sessionId: string,
    private record: Session,
    private readonly folded: RoomLog,
    private readonly store: Store,
    private readonly locks: SessionLocks,
  ) {}

  session(): Session {
    return this.record;
  }

  log(): RoomLog {
    return this.folded;
  }

  exclusive<T>(fn: () => Promise<T>): Promise<T> {
    return this.locks.run(this.sessionId, async () => {
      await this.catchUp();
      return fn();
    });
  }

  async append(events: readonly NewEvent[]): Promise<SessionEvent[]> {
    const stored = await this.store.appendEvents(this.sessionId, events);
    // Events stored between our last fold and these (`appendEventSoon`, another node) first.
    const first = stored[0];
    if (first && first.seq > this.folded.lastSeq + 1) await this.catchUp();
    foldRoomEvents(this.folded, stored);
    return stored;
  }

  async refreshSession(): Promise<Session> {
    const session = await this.store.getSession(this.sessionId);
    if (!session) throw notFound('No such session.');
    this.record = session;
    return session;
  }

  /**
   * Folds what was stored since the last fold: document updates written with
   * `appendEventSoon`, or actions another node took on this room. A check made inside
   * `exclusive` then sees the whole log, not just what this node wrote.
   */
  private async catchUp(): Promise<void> {
    const missed = await this.store.readAllEvents(this.sessionId, {
      afterSeq: this.folded.lastSeq,
    });
    if (missed.length === 0) return;
    foldRoomEvents(this.folded, missed);
    if (missed.some(changesSession)) await this.refreshSession();
  }
}

/**
 * The rooms of this node. A room is loaded on first use (its session and its whole log,
 * folded) and kept; after a restart the next request rebuilds it from the store.
 */
export function createRoomHub(store: Store, log?: Logger): RoomHub {
  const locks = new SessionLocks();
  const rooms = new Map<string, Promise<Room>>();

  async function load(sessionId: string): Promise<Room> {
    const session = await store.getSession(sessionId);
    // [AR1] The same answer as for a session one is not in: an id confirms nothing.
    if (!session || session.kind !== SessionKind.Interview) throw notFound('No such session.');
    const events = await store.readAllEvents(sessionId);
    return new LoadedRoom(sessionId, session, foldRoomEvents(emptyRoomLog(), events), store, locks);
  }

  function get(sessionId: string): Promise<Room> {
    const cached = rooms.get(sessionId);
    if (cached) return cached;
    const loading = load(sessionId);
    rooms.set(sessionId, loading);
    // A failed load (no such room, store down) is not remembered: the next call tries again.
    loading.catch((error: unknown) => {
      if (rooms.get(sessionId) === loading) rooms.delete(sessionId);
      log?.debug({ err: error, sessionId }, 'room not loaded');
    });
    return loading;
  }

  return {
    get,
    async member(socket, sessionId) {
      if (socket.data.room?.sessionId !== sessionId) throw notInRoom();
      const room = await get(sessionId);
      // [AR1] The role is the session's now (a swap changes it), never what it was at join.
      const participant = findParticipant(room.session(), socket.data.user.id);
      if (!participant) throw notInRoom();
      return { room, role: participant.role };
    },
  };
}
