import { decodeDocFrame, encodeDocFrame } from '@mockloop/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import {
  Awareness,
  applyAwarenessUpdate,
  encodeAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

/** The two binary channels of a room's documents (`doc:sync`, `doc:awareness`). */
export type DocChannel = 'sync' | 'awareness';

/**
 * How a provider reaches the room: send a doc frame, and hear every frame that arrives. The
 * socket gives one (`socketDocWire`); tests give an in-memory relay.
 */
export interface DocWire {
  send(channel: DocChannel, frame: Uint8Array): void;
  /** Calls `listener` with every frame of `channel` from now on; returns the unsubscribe. */
  listen(channel: DocChannel, listener: (frame: Uint8Array) => void): () => void;
}

/** What the others see of this person next to their cursor. */
export interface AwarenessUser {
  name: string;
  color: string;
}

/**
 * One shared document of a room (`docIndex`), kept in step with the server over a `DocWire`
 * with y-protocols' sync and awareness messages. `connect()` runs the state-vector exchange and
 * must be called on every (re)join: Socket.IO's recovery is not guaranteed, and edits made while
 * offline reach the server only through that exchange.
 */
export class SocketYjsProvider {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  /** True once the server's step 2 arrived since the last `connect()`. */
  synced = false;
  private connected = false;
  private readonly unlisten: (() => void)[];
  private readonly syncListeners = new Set<(synced: boolean) => void>();

  constructor(
    readonly docIndex: number,
    private readonly wire: DocWire,
    user: AwarenessUser,
  ) {
    this.awareness.setLocalStateField('user', user);
    this.doc.on('update', this.handleDocUpdate);
    this.awareness.on('update', this.handleAwarenessUpdate);
    this.unlisten = [
      wire.listen('sync', (frame) => this.receiveSync(frame)),
      wire.listen('awareness', (frame) => this.receiveAwareness(frame)),
    ];
  }

  /** The room is joined (again): exchange state vectors and announce who is here. */
  connect(): void {
    this.connected = true;
    this.setSynced(false);
    const encoder = encoding.createEncoder();
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.send('sync', encoding.toUint8Array(encoder));
    this.announceAgain();
  }

  /**
   * Sends this cursor with a clock the others accept. When the socket dropped, the server
   * removed it at our clock + 1; a state at that clock would be ignored, so skip past it.
   */
  private announceAgain(): void {
    const meta = this.awareness.meta.get(this.doc.clientID);
    if (meta) meta.clock += 1;
    // Bumps the clock once more and emits `update`, which sends it.
    this.awareness.setLocalState(this.awareness.getLocalState());
  }

  /**
   * The socket dropped: stop sending (what changes meanwhile goes out with the next exchange)
   * and forget the others' cursors, which the server can no longer vouch for.
   */
  disconnect(): void {
    this.connected = false;
    this.setSynced(false);
    const others = [...this.awareness.getStates().keys()].filter((id) => id !== this.doc.clientID);
    removeAwarenessStates(this.awareness, others, this);
  }

  /** Leaving: tell the others this cursor is gone, then let go of everything. */
  destroy(): void {
    if (this.connected) removeAwarenessStates(this.awareness, [this.doc.clientID], 'local');
    this.connected = false;
    for (const stop of this.unlisten) stop();
    this.doc.off('update', this.handleDocUpdate);
    this.awareness.off('update', this.handleAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
    this.syncListeners.clear();
  }

  /** Calls `listener` whenever `synced` changes; returns the unsubscribe. */
  onSynced(listener: (synced: boolean) => void): () => void {
    this.syncListeners.add(listener);
    return () => this.syncListeners.delete(listener);
  }

  private setSynced(synced: boolean): void {
    if (this.synced === synced) return;
    this.synced = synced;
    for (const listener of this.syncListeners) listener(synced);
  }

  private send(channel: DocChannel, body: Uint8Array): void {
    if (this.connected) this.wire.send(channel, encodeDocFrame(this.docIndex, body));
  }

  private sendAwareness(clients: number[]): void {
    this.send('awareness', encodeAwarenessUpdate(this.awareness, clients));
  }

  /** The body of a frame for this document, or null for another document's (or junk). */
  private ownBody(frame: Uint8Array): Uint8Array | null {
    const decoded = decodeDocFrame(frame);
    return decoded && decoded.docIndex === this.docIndex ? decoded.body : null;
  }

  private receiveSync(frame: Uint8Array): void {
    const body = this.ownBody(frame);
    if (!body || !this.connected) return;
    const encoder = encoding.createEncoder();
    try {
      // Step 1 is answered with step 2 in `encoder`; step 2 and updates are applied, with this
      // provider as their origin so they are not sent back.
      const type = syncProtocol.readSyncMessage(
        decoding.createDecoder(body),
        encoder,
        this.doc,
        this,
      );
      if (type === syncProtocol.messageYjsSyncStep2) this.setSynced(true);
    } catch {
      return; // a garbled frame: the next exchange mends whatever it carried
    }
    if (encoding.length(encoder) > 0) this.send('sync', encoding.toUint8Array(encoder));
  }

  private receiveAwareness(frame: Uint8Array): void {
    const body = this.ownBody(frame);
    if (!body || !this.connected) return;
    try {
      applyAwarenessUpdate(this.awareness, body, this);
    } catch {
      // a garbled frame: cursors are refreshed every 15 s anyway
    }
  }

  private readonly handleDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === this) return;
    const encoder = encoding.createEncoder();
    syncProtocol.writeUpdate(encoder, update);
    this.send('sync', encoding.toUint8Array(encoder));
  };

  private readonly handleAwarenessUpdate = (
    change: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin === this) return;
    const own = this.doc.clientID;
    const changed = [...change.added, ...change.updated, ...change.removed];
    if (changed.includes(own)) this.sendAwareness([own]);
  };
}
