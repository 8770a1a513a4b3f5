import { describe, expect, it } from 'vitest';
import { RoomEvent, type SessionEvent } from '@mockloop/shared';
import * as Y from 'yjs';
import { docEvent, docHistories } from './docEvents';

function stored(events: ReturnType<typeof docEvent>[]): SessionEvent[] {
  return events.map((event, i) => ({
    ...event,
    seq: i + 1,
    sessionId: 's',
    at: i,
    actorId: event.actorId,
  }));
}

describe('docHistories', () => {
  it('rebuilds each document from its last snapshot and the updates stored after it', () => {
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const text = doc.getText('code');
    text.insert(0, 'a');
    text.insert(1, 'b');
    const snapshot = Y.encodeStateAsUpdate(doc);
    text.insert(2, 'c');

    const other = new Y.Doc();
    other.getText('code').insert(0, 'other');

    const events = stored([
      docEvent(RoomEvent.DocUpdate, 0, updates[0]!, 'u'),
      docEvent(RoomEvent.DocUpdate, 0, updates[1]!, 'u'),
      docEvent(RoomEvent.DocSnapshot, 0, snapshot, null),
      docEvent(RoomEvent.DocUpdate, 1, Y.encodeStateAsUpdate(other), 'u'),
      docEvent(RoomEvent.DocUpdate, 0, updates[2]!, 'u'),
    ]);
    const histories = docHistories([
      ...events,
      { ...events[0]!, seq: 9, type: 'chat:message', payload: { text: 'hi' } },
    ]);

    expect(histories.get(0)).toHaveLength(2);
    const rebuilt = new Y.Doc();
    for (const update of histories.get(0) ?? []) Y.applyUpdate(rebuilt, update);
    expect(rebuilt.getText('code').toJSON()).toBe('abc');
    const rebuiltOther = new Y.Doc();
    for (const update of histories.get(1) ?? []) Y.applyUpdate(rebuiltOther, update);
    expect(rebuiltOther.getText('code').toJSON()).toBe('other');
  });
});
