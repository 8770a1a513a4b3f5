import { decodeDocFrame, encodeDocFrame, RoomEvent, type SessionEvent } from '@mockloop/shared';
import type { NewEvent } from '../../store/port';

/*
 * Shared documents in the room's log: every Yjs update as `doc:update`, kept for replay, and now
 * and then the whole state as `doc:snapshot`, so loading a room applies one snapshot and the few
 * updates after it instead of every keystroke since the start.
 */

/** A `doc:update` (`actorId` made it) or `doc:snapshot` (the server, `actorId` null) to store. */
export function docEvent(
  type: typeof RoomEvent.DocUpdate | typeof RoomEvent.DocSnapshot,
  docIndex: number,
  bytes: Uint8Array,
  actorId: string | null,
): NewEvent {
  // A fresh copy: the store keeps the bytes, and Yjs may reuse the buffer it handed out.
  return {
    actorId,
    type,
    payload: new Uint8Array(encodeDocFrame(docIndex, bytes)),
    visibility: 'everyone',
  };
}

/**
 * What rebuilds each document from a room's log: its last snapshot, then every update stored
 * after it, in order. Updates before the snapshot are already in it.
 */
export function docHistories(events: readonly SessionEvent[]): Map<number, Uint8Array[]> {
  const histories = new Map<number, Uint8Array[]>();
  for (const event of events) {
    const isSnapshot = event.type === RoomEvent.DocSnapshot;
    if (!isSnapshot && event.type !== RoomEvent.DocUpdate) continue;
    if (!(event.payload instanceof Uint8Array)) continue;
    const frame = decodeDocFrame(event.payload);
    if (!frame) continue;
    const history = histories.get(frame.docIndex);
    if (isSnapshot || !history) histories.set(frame.docIndex, [frame.body]);
    else history.push(frame.body);
  }
  return histories;
}
