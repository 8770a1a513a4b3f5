import { encodeDocFrame, RoomEvent, SharedDocKey, type Language } from '@mockloop/shared';
import * as Y from 'yjs';
import { notFound } from '../../http/AppError';
import type { Logger } from '../../logger';
import type { Store } from '../../store/port';
import { allChannel } from '../roomChannels';
import type { Room, RoomDocs } from '../types';
import { docEvent, docHistories } from './docEvents';
import { syncUpdateMessage } from './syncMessages';
import { LiveDoc, SNAPSHOT_EVERY, type OnDocUpdate } from './LiveDoc';
import { RecentUpdates } from './RecentUpdates';

/** Told of each update a socket made on this node (stored here): what other nodes must apply. */
export type OnAccepted = (sessionId: string, docIndex: number, update: Uint8Array) => void;

/** The room's documents as the doc handlers need them, beyond what other handlers use. */
export interface SyncedRoomDocs extends RoomDocs {
  /** The document, loaded from the store on first use; `null` when no question has it. */
  open(room: Room, docIndex: number): Promise<LiveDoc | null>;
  /** The room's documents already in memory (never loads any). */
  loaded(sessionId: string): LiveDoc[];
  /** Calls `listener` with every update a socket of this node made (one listener). */
  onAccepted(listener: OnAccepted): void;
  /** Applies an update another node accepted and stored; this node never stores it. */
  applyRelayed(sessionId: string, docIndex: number, update: Uint8Array): void;
}

/**
 * Keeps each room's Y.Docs in memory and stores every change: each update as a `doc:update`
 * (batched by `appendEventSoon`, written within 250 ms) and, every `SNAPSHOT_EVERY`, a
 * `doc:snapshot`. A room's documents are rebuilt from its log the first time it is used. Each
 * change a socket makes is relayed at once to the room's other sockets.
 */
export function createRoomDocs({ store, log }: { store: Store; log: Logger }): SyncedRoomDocs {
  const rooms = new Map<string, Promise<Map<number, LiveDoc>>>();
  const settled = new Map<string, Map<number, LiveDoc>>();
  const pending = new Set<Promise<unknown>>();
  const relayed = new RecentUpdates();
  // Set when other nodes exist (`onAccepted`): then a snapshot first folds in their stored edits.
  let accepted: OnAccepted | undefined;

  function persist(sessionId: string, write: Promise<unknown>): void {
    const tracked = write.catch((error: unknown) => {
      log.error({ err: error, sessionId }, 'storing a shared document change failed');
    });
    pending.add(tracked);
    void tracked.finally(() => pending.delete(tracked));
  }

  const onUpdate: OnDocUpdate = (live, update, { socket }) => {
    // Relayed before it is stored: the peer sees a keystroke as soon as the server has it.
    const frame = encodeDocFrame(live.docIndex, syncUpdateMessage(update));
    socket.to(allChannel(live.sessionId)).emit('doc:sync', frame);
    accepted?.(live.sessionId, live.docIndex, update);
    const event = docEvent(RoomEvent.DocUpdate, live.docIndex, update, socket.data.user.id);
    persist(live.sessionId, store.appendEventSoon(live.sessionId, event));
    live.updatesSinceSnapshot += 1;
    const due =
      live.updatesSinceSnapshot >= SNAPSHOT_EVERY.updates ||
      Date.now() - live.lastSnapshotAt >= SNAPSHOT_EVERY.ms;
    if (due) persist(live.sessionId, snapshotSoon(live));
  };

  /**
   * Several nodes: a snapshot replaces the history before it, so it must hold every update
   * stored before it, including another node's whose relay has not arrived yet (Redis away).
   */
  async function foldInStored(live: LiveDoc): Promise<void> {
    if (!accepted) return;
    const history = docHistories(await store.readAllEvents(live.sessionId)).get(live.docIndex);
    for (const update of history ?? []) Y.applyUpdate(live.doc, update, 'store');
  }

  function snapshotSoon(live: LiveDoc): Promise<unknown> {
    if (!accepted) return store.appendEventSoon(live.sessionId, snapshotOf(live));
    // Counted as taken now, so the updates that arrive while the store is read start no other.
    live.updatesSinceSnapshot = 0;
    live.lastSnapshotAt = Date.now();
    return foldInStored(live).then(() => store.appendEventSoon(live.sessionId, snapshotOf(live)));
  }

  function snapshotOf(live: LiveDoc) {
    live.updatesSinceSnapshot = 0;
    live.lastSnapshotAt = Date.now();
    return docEvent(RoomEvent.DocSnapshot, live.docIndex, Y.encodeStateAsUpdate(live.doc), null);
  }

  function createDoc(sessionId: string, docIndex: number, history: Uint8Array[] = []): LiveDoc {
    const live = new LiveDoc(sessionId, docIndex, onUpdate);
    for (const update of history) Y.applyUpdate(live.doc, update, 'store');
    // What other nodes accepted but may not have written yet.
    for (const update of relayed.of(sessionId, docIndex)) Y.applyUpdate(live.doc, update, 'relay');
    return live;
  }

  async function load(sessionId: string): Promise<Map<number, LiveDoc>> {
    const histories = docHistories(await store.readAllEvents(sessionId));
    const loadedDocs = new Map<number, LiveDoc>();
    for (const [docIndex, history] of histories) {
      loadedDocs.set(docIndex, createDoc(sessionId, docIndex, history));
    }
    settled.set(sessionId, loadedDocs);
    return loadedDocs;
  }

  function roomDocs(sessionId: string): Promise<Map<number, LiveDoc>> {
    let loading = rooms.get(sessionId);
    if (!loading) {
      loading = load(sessionId);
      rooms.set(sessionId, loading);
      // A failed read is retried on the next use instead of being remembered.
      loading.catch(() => rooms.delete(sessionId));
    }
    return loading;
  }

  const docs: SyncedRoomDocs = {
    async open(room, docIndex) {
      const loadedDocs = await roomDocs(room.sessionId);
      const existing = loadedDocs.get(docIndex);
      if (existing) return existing;
      // Presented on another node since this one last folded the room's log: catch up first.
      if (!room.log().docs[docIndex]) await room.exclusive(() => Promise.resolve());
      if (!room.log().docs[docIndex]) return null;
      // Seeded by another node after this one loaded the room: read it from the store (a seed
      // that was never stored starts empty).
      const history = docHistories(await store.readAllEvents(room.sessionId)).get(docIndex);
      const opened = loadedDocs.get(docIndex) ?? createDoc(room.sessionId, docIndex, history);
      loadedDocs.set(docIndex, opened);
      return opened;
    },
    onAccepted(listener) {
      accepted = listener;
    },
    applyRelayed(sessionId, docIndex, update) {
      relayed.add(sessionId, docIndex, update);
      const live = settled.get(sessionId)?.get(docIndex);
      if (live) Y.applyUpdate(live.doc, update, 'relay');
    },

    loaded(sessionId) {
      return [...(settled.get(sessionId)?.values() ?? [])];
    },

    async seed(room, docIndex, { code, language }) {
      const loadedDocs = await roomDocs(room.sessionId);
      const live = loadedDocs.get(docIndex) ?? createDoc(room.sessionId, docIndex);
      live.doc.transact(() => {
        const text = live.doc.getText(SharedDocKey.Code);
        if (code !== undefined && text.length === 0) text.insert(0, code);
        if (language) live.doc.getMap(SharedDocKey.Meta).set('language', language);
      }, 'seed');
      await store.appendEvents(room.sessionId, [snapshotOf(live)]);
      loadedDocs.set(docIndex, live);
    },

    async readCode(room, docIndex): Promise<{ code: string; language: Language }> {
      const live = await docs.open(room, docIndex);
      if (!live) throw notFound('That question has no shared document.');
      return live.readCode();
    },

    async flush() {
      await store.flush();
      await Promise.all(pending);
      for (const [sessionId, loadedDocs] of settled) {
        const dirty = [...loadedDocs.values()].filter((live) => live.updatesSinceSnapshot > 0);
        for (const live of dirty) await foldInStored(live);
        if (dirty.length > 0) await store.appendEvents(sessionId, dirty.map(snapshotOf));
        for (const live of loadedDocs.values()) live.destroy();
      }
      // Whatever is used after a flush is read back from the store.
      rooms.clear();
      settled.clear();
    },
  };
  return docs;
}
