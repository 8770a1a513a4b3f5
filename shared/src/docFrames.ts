import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/*
 * The bytes of `doc:sync` and `doc:awareness` (and of stored `doc:update` / `doc:snapshot`
 * events): which shared document, then the y-protocols message or Yjs update itself. The room
 * comes from the socket's membership, so a keystroke costs the Yjs update plus a byte or two.
 */

/** Most documents one room may hold (one per question asked). */
export const MAX_DOC_INDEX = 255;

export interface DocFrame {
  docIndex: number;
  body: Uint8Array;
}

/** `docIndex` as a varUint, then `body` as it is. */
export function encodeDocFrame(docIndex: number, body: Uint8Array): Uint8Array<ArrayBuffer> {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, docIndex);
  encoding.writeUint8Array(encoder, body);
  return encoding.toUint8Array(encoder);
}

/** The frame's parts, or `null` when the bytes are not a frame (checked, never trusted). */
export function decodeDocFrame(bytes: Uint8Array): DocFrame | null {
  if (bytes.length < 2) return null;
  try {
    const decoder = decoding.createDecoder(bytes);
    const docIndex = decoding.readVarUint(decoder);
    if (docIndex > MAX_DOC_INDEX) return null;
    return { docIndex, body: bytes.subarray(decoder.pos) };
  } catch {
    return null;
  }
}

/**
 * What a room's shared document holds (one Y.Doc per question asked). The server seeds a coding
 * question's `code` with its starter and `meta.language` with `javascript` when it is presented,
 * so two people opening it at once never insert the starter twice.
 */
export const SharedDocKey = {
  /** Y.Text: the code (coding questions). */
  Code: 'code',
  /** Y.Map: `language` (`javascript` | `typescript`), shared so both switch together. */
  Meta: 'meta',
  /** Y.Text: the shared answer and notes (behavioral and system-design questions). */
  Answer: 'answer',
  /** Y.Map: whiteboard elements by id; a client keeps the higher `version` (Excalidraw's rule). */
  Scene: 'scene',
} as const;
