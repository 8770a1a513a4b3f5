import { LANGUAGES, SharedDocKey, type Language } from '@mockloop/shared';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { IoSocket } from '../../realtime/ioTypes';

/** Updates between two snapshots of a document, and the longest gap while it is edited. */
export const SNAPSHOT_EVERY = { updates: 200, ms: 30_000 } as const;

/** A change a socket made (the transaction origin of what it sent). */
export class SocketOrigin {
  constructor(readonly socket: IoSocket) {}
}

/** Told of every change a socket made to the document, with the Yjs update that holds it. */
export type OnDocUpdate = (doc: LiveDoc, update: Uint8Array, origin: SocketOrigin) => void;

/**
 * One shared document held in memory: its Y.Doc, the awareness (cursors, names) of the people
 * editing it, which awareness client ids each socket announced, and when it was last snapshot.
 */
export class LiveDoc {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  /** Awareness client ids by the socket that announced them, removed when it disconnects. */
  private readonly owners = new Map<string, Set<number>>();
  updatesSinceSnapshot = 0;
  lastSnapshotAt = Date.now();

  constructor(
    readonly sessionId: string,
    readonly docIndex: number,
    onUpdate: OnDocUpdate,
  ) {
    // The server is no editor: it has no cursor of its own to announce.
    this.awareness.setLocalState(null);
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin instanceof SocketOrigin) onUpdate(this, update, origin);
    });
    this.awareness.on('update', (change: AwarenessChange, origin: unknown) => {
      if (typeof origin === 'string') this.recordOwner(origin, change);
    });
  }

  /** Applies an awareness update a socket sent (throws on bytes that are not one). */
  applyAwareness(update: Uint8Array, socketId: string): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, socketId);
  }

  /** Every known awareness state, for a socket that just synced; `null` when there is none. */
  awarenessStates(): Uint8Array | null {
    const clients = [...this.awareness.getStates().keys()];
    return clients.length === 0
      ? null
      : awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients);
  }

  /** Forgets a socket's awareness clients; returns the update that tells the others, if any. */
  dropSocket(socketId: string): Uint8Array | null {
    const clients = [...(this.owners.get(socketId) ?? [])];
    this.owners.delete(socketId);
    if (clients.length === 0) return null;
    awarenessProtocol.removeAwarenessStates(this.awareness, clients, 'disconnect');
    return awarenessProtocol.encodeAwarenessUpdate(this.awareness, clients);
  }

  /** The code and language a run judges. */
  readCode(): { code: string; language: Language } {
    const language = this.doc.getMap(SharedDocKey.Meta).get('language');
    return {
      code: this.doc.getText(SharedDocKey.Code).toJSON(),
      language: LANGUAGES.find((l) => l === language) ?? 'javascript',
    };
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }

  private recordOwner(socketId: string, { added, updated, removed }: AwarenessChange): void {
    const owned = this.owners.get(socketId) ?? new Set<number>();
    for (const id of [...added, ...updated]) owned.add(id);
    for (const id of removed) owned.delete(id);
    this.owners.set(socketId, owned);
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}
