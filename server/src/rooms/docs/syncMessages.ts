import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/*
 * y-protocols sync messages, as the body of a `doc:sync` frame: step 1 (a state vector: "send me
 * what I lack"), step 2 (the missing updates) and update (one change, as it happens).
 */

export function syncUpdateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** The message's type (`syncProtocol.messageYjsSyncStep1` ...), or `null` when unreadable. */
export function syncMessageType(body: Uint8Array): number | null {
  try {
    return decoding.readVarUint(decoding.createDecoder(body));
  } catch {
    return null;
  }
}

/**
 * Reads one sync message into `doc` (changes carry `origin`); returns the reply to send back
 * (step 2 for a step 1), or `null` when none is due. Throws on bytes that are not a message.
 */
export function readSyncMessage(doc: Y.Doc, body: Uint8Array, origin: unknown): Uint8Array | null {
  const encoder = encoding.createEncoder();
  syncProtocol.readSyncMessage(decoding.createDecoder(body), encoder, doc, origin, (error) => {
    throw error;
  });
  return encoding.length(encoder) > 0 ? encoding.toUint8Array(encoder) : null;
}
