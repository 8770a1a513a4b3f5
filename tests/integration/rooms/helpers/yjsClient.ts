import {
  decodeDocFrame,
  encodeDocFrame,
  SharedDocKey,
  type ClientToServerEvents,
  type ServerToClientEvents,
  type WireBytes,
} from '@mockloop/shared';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Socket } from 'socket.io-client';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

const REMOTE = Symbol('remote');

/** A frame as the client's typings want it (backed by a plain `ArrayBuffer`). */
export function docFrame(docIndex: number, body: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(encodeDocFrame(docIndex, body));
}

function bytesOf(frame: WireBytes): Uint8Array {
  return frame instanceof Uint8Array ? frame : new Uint8Array(frame);
}

/**
 * A test peer's copy of one shared document, speaking the room's framing over a real socket as
 * the browser's provider does: its own changes go out as sync updates while connected, the
 * server's are applied, and `sync()` runs the state-vector exchange (both directions) that
 * brings edits made offline on either side together.
 */
export class YjsClient {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  private socket: ClientSocket | null = null;
  private synced: (() => void) | null = null;
  private detach: (() => void) | null = null;

  constructor(
    readonly docIndex: number,
    socket?: ClientSocket,
  ) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      const encoder = encoding.createEncoder();
      syncProtocol.writeUpdate(encoder, update);
      this.send('doc:sync', encoding.toUint8Array(encoder));
    });
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      if (origin === REMOTE) return;
      const changed = [...added, ...updated, ...removed];
      this.send('doc:awareness', awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed));
    });
    if (socket) this.attach(socket);
  }

  get text(): Y.Text {
    return this.doc.getText(SharedDocKey.Code);
  }

  /** The shared code now. */
  get code(): string {
    return this.text.toJSON();
  }

  /** Speaks over `socket` from now on (a reconnect gives a new one); call `sync()` after. */
  attach(socket: ClientSocket): void {
    this.detach?.();
    this.socket = socket;
    const onSync = (frame: WireBytes) => this.onSync(frame);
    const onAwareness = (frame: WireBytes) => {
      const parsed = decodeDocFrame(bytesOf(frame));
      if (parsed?.docIndex !== this.docIndex) return;
      awarenessProtocol.applyAwarenessUpdate(this.awareness, parsed.body, REMOTE);
    };
    socket.on('doc:sync', onSync);
    socket.on('doc:awareness', onAwareness);
    this.detach = () => {
      socket.off('doc:sync', onSync);
      socket.off('doc:awareness', onAwareness);
    };
  }

  /** Sends step 1 and resolves when the server's step 2 (what this copy lacked) is applied. */
  sync(): Promise<void> {
    const done = new Promise<void>((resolve) => {
      this.synced = resolve;
    });
    const encoder = encoding.createEncoder();
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.send('doc:sync', encoding.toUint8Array(encoder));
    return done;
  }

  /** Resolves once `predicate` holds for this copy, checked after every change. */
  until(predicate: (client: YjsClient) => boolean): Promise<void> {
    if (predicate(this)) return Promise.resolve();
    return new Promise((resolve) => {
      const check = () => {
        if (!predicate(this)) return;
        this.doc.off('update', check);
        resolve();
      };
      this.doc.on('update', check);
    });
  }

  destroy(): void {
    this.detach?.();
    this.awareness.destroy();
    this.doc.destroy();
  }

  private onSync(frame: WireBytes): void {
    const parsed = decodeDocFrame(bytesOf(frame));
    if (parsed?.docIndex !== this.docIndex) return;
    const decoder = decoding.createDecoder(parsed.body);
    const encoder = encoding.createEncoder();
    const type = syncProtocol.readSyncMessage(decoder, encoder, this.doc, REMOTE);
    // The server's own step 1: answer with what it lacks (this copy's offline edits).
    if (encoding.length(encoder) > 0) this.send('doc:sync', encoding.toUint8Array(encoder));
    if (type === syncProtocol.messageYjsSyncStep2) {
      this.synced?.();
      this.synced = null;
    }
  }

  private send(event: 'doc:sync' | 'doc:awareness', body: Uint8Array): void {
    // Offline edits stay in the document; the next `sync()` carries them.
    if (!this.socket?.connected) return;
    this.socket.emit(event, docFrame(this.docIndex, body));
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}
