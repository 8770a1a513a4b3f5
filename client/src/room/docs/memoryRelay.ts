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
import type { DocChannel, DocWire } from './SocketYjsProvider';

/** One peer's socket to the relay: it can drop and come back. */
export interface RelayPeer {
  wire: DocWire;
  /** The socket dropped: the relay broadcasts the removal of this peer's cursors. */
  drop(): void;
  /** The socket is back (the provider must then `connect()`, as on a rejoin). */
  restore(): void;
}

interface ServerDoc {
  doc: Y.Doc;
  awareness: Awareness;
}

interface Peer {
  online: boolean;
  deliver(channel: DocChannel, frame: Uint8Array): void;
}

/**
 * Behaves like the room server (docs/realtime.md, "Live rooms"), in memory and synchronously:
 * answers step 1 with step 2 and its own step 1, applies updates and relays them to the others,
 * relays awareness and, when a peer drops, broadcasts the removal of its awareness clients. For
 * the client provider's unit tests; the real server has its own integration tests.
 */
export function createMemoryRelay() {
  const docs = new Map<number, ServerDoc>();
  const peers = new Set<Peer>();

  function broadcast(from: Peer | null, channel: DocChannel, frame: Uint8Array) {
    for (const peer of peers) if (peer !== from) peer.deliver(channel, frame);
  }

  function serverDoc(docIndex: number): ServerDoc {
    const existing = docs.get(docIndex);
    if (existing) return existing;
    const doc = new Y.Doc();
    const created = { doc, awareness: new Awareness(doc) };
    created.awareness.setLocalState(null);
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      const encoder = encoding.createEncoder();
      syncProtocol.writeUpdate(encoder, update);
      const frame = encodeDocFrame(docIndex, encoding.toUint8Array(encoder));
      broadcast([...peers].find((peer) => peer === origin) ?? null, 'sync', frame);
    });
    docs.set(docIndex, created);
    return created;
  }

  function addPeer(): RelayPeer {
    const listeners: Record<DocChannel, Set<(frame: Uint8Array) => void>> = {
      sync: new Set(),
      awareness: new Set(),
    };
    const owned = new Map<number, Set<number>>();
    const peer: Peer = {
      online: true,
      deliver(channel, frame) {
        if (peer.online) for (const listener of listeners[channel]) listener(frame);
      },
    };
    peers.add(peer);

    function receive(channel: DocChannel, frame: Uint8Array) {
      const decoded = decodeDocFrame(frame);
      if (!peer.online || !decoded) return;
      const { docIndex, body } = decoded;
      const server = serverDoc(docIndex);
      if (channel === 'awareness') {
        const before = new Set(server.awareness.getStates().keys());
        applyAwarenessUpdate(server.awareness, body, peer);
        const ids = owned.get(docIndex) ?? new Set<number>();
        for (const id of server.awareness.getStates().keys()) if (!before.has(id)) ids.add(id);
        owned.set(docIndex, ids);
        broadcast(peer, 'awareness', frame);
        return;
      }
      const encoder = encoding.createEncoder();
      const type = syncProtocol.readSyncMessage(
        decoding.createDecoder(body),
        encoder,
        server.doc,
        peer,
      );
      if (encoding.length(encoder) > 0) {
        peer.deliver('sync', encodeDocFrame(docIndex, encoding.toUint8Array(encoder)));
      }
      if (type === syncProtocol.messageYjsSyncStep1) {
        const step1 = encoding.createEncoder();
        syncProtocol.writeSyncStep1(step1, server.doc);
        peer.deliver('sync', encodeDocFrame(docIndex, encoding.toUint8Array(step1)));
      }
    }

    return {
      wire: {
        send: receive,
        listen(channel, listener) {
          listeners[channel].add(listener);
          return () => listeners[channel].delete(listener);
        },
      },
      drop() {
        peer.online = false;
        for (const [docIndex, ids] of owned) {
          const { awareness } = serverDoc(docIndex);
          removeAwarenessStates(awareness, [...ids], 'drop');
          const frame = encodeAwarenessUpdate(awareness, [...ids]);
          broadcast(peer, 'awareness', encodeDocFrame(docIndex, frame));
        }
        owned.clear();
      },
      restore() {
        peer.online = true;
      },
    };
  }

  return { addPeer, serverDoc: (docIndex: number) => serverDoc(docIndex).doc };
}
