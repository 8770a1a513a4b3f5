import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WireBytes } from '@mockloop/shared';
import * as awarenessProtocol from 'y-protocols/awareness';
import { startTestServer, type TestServer } from '../helpers/startTestServer';
import { ok, openDocRoom, present, request, SMALL_BANK, syncedDoc } from './helpers/docRoom';
import { docFrame, YjsClient } from './helpers/yjsClient';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer(SMALL_BANK);
});
afterAll(async () => {
  await server.stop();
});

const STARTER = 'function countMultiples(n, k) {';

describe('shared documents', () => {
  it('[AR1] gives both participants the seeded starter and converges concurrent edits', async () => {
    const room = await openDocRoom(server);
    const docIndex = await present(room);
    const a = await syncedDoc(room.interviewer.socket, docIndex);
    const b = await syncedDoc(room.candidate.socket, docIndex);
    expect(a.code).toContain(STARTER);
    expect(b.code).toBe(a.code);
    expect(b.doc.getMap('meta').get('language')).toBe('javascript');

    // Both type at once, at both ends, without waiting for each other.
    for (let i = 0; i < 20; i += 1) {
      a.text.insert(0, `a${i}`);
      b.text.insert(b.text.length, `b${i}`);
    }
    const all = (c: YjsClient) => c.code.includes('a19') && c.code.includes('b19');
    await Promise.all([a.until(all), b.until(all)]);
    expect(a.code).toBe(b.code);

    const third = await syncedDoc(await room.candidate.reconnect(), docIndex);
    expect(third.code).toBe(a.code);
  });

  it('merges edits made offline on either side when the socket comes back', async () => {
    const room = await openDocRoom(server);
    const docIndex = await present(room);
    const a = await syncedDoc(room.interviewer.socket, docIndex);
    const b = await syncedDoc(room.candidate.socket, docIndex);

    room.candidate.socket.disconnect();
    b.text.insert(0, '// written offline\n');
    a.text.insert(a.text.length, '\n// written while the peer was away');
    expect(b.code).not.toContain('while the peer was away');

    b.attach(await room.candidate.reconnect());
    await b.sync();
    const both = (c: YjsClient) =>
      c.code.includes('written offline') && c.code.includes('peer was away');
    await Promise.all([a.until(both), b.until(both)]);
    expect(a.code).toBe(b.code);
  });

  it('[AR1] sends a stranger nothing and drops its frames', async () => {
    const room = await openDocRoom(server);
    const docIndex = await present(room);
    const a = await syncedDoc(room.interviewer.socket, docIndex);
    const stranger = await server.connect();
    const received: string[] = [];
    stranger.onAny((event: string) => received.push(event));
    // Not a participant; and a participant's own socket that never joined the room.
    const unjoined = await server.connect({ cookie: room.candidate.cookie });
    unjoined.onAny((event: string) => received.push(event));
    const sneaky = new YjsClient(docIndex, stranger);
    sneaky.text.insert(0, 'INJECTED-BY-STRANGER');
    const unjoinedCopy = new YjsClient(docIndex, unjoined);
    unjoinedCopy.text.insert(0, 'INJECTED-WITHOUT-JOIN');
    stranger.emit('doc:awareness', docFrame(docIndex, new Uint8Array([1, 2, 3])));

    // Sync round trips on the members' sockets, after the strangers' frames were sent.
    a.text.insert(0, 'x');
    const fresh = await syncedDoc(await room.candidate.reconnect(), docIndex);
    expect(fresh.code).not.toContain('INJECTED');
    expect(a.code).not.toContain('INJECTED');
    expect(received).toEqual([]);
  });

  it('relays awareness and removes a disconnected socket’s cursors from the others', async () => {
    const room = await openDocRoom(server);
    const docIndex = await present(room);
    const a = await syncedDoc(room.interviewer.socket, docIndex);
    const b = await syncedDoc(room.candidate.socket, docIndex);
    const seen = (client: YjsClient, id: number, present: boolean) =>
      new Promise<void>((resolve) => {
        const check = () => {
          if (client.awareness.getStates().has(id) !== present) return;
          client.awareness.off('change', check);
          resolve();
        };
        client.awareness.on('change', check);
        check();
      });

    b.awareness.setLocalState({ user: { name: 'Cal' }, cursor: 3 });
    await seen(a, b.awareness.clientID, true);
    expect(a.awareness.getStates().get(b.awareness.clientID)).toEqual({
      user: { name: 'Cal' },
      cursor: 3,
    });

    // A newcomer gets the states already known, with the server's step 1.
    const late = new YjsClient(docIndex, await room.interviewer.reconnect());
    await late.sync();
    await seen(late, b.awareness.clientID, true);

    room.candidate.socket.disconnect();
    await seen(a, b.awareness.clientID, false);
    await seen(late, b.awareness.clientID, false);
  });

  it('drops frames that are not frames, and documents the room does not have', async () => {
    const room = await openDocRoom(server);
    const docIndex = await present(room);
    const a = await syncedDoc(room.interviewer.socket, docIndex);
    const frames: WireBytes[] = [];
    room.interviewer.socket.on('doc:sync', (f) => frames.push(f));
    const garbage = [
      new Uint8Array([0]),
      new Uint8Array([docIndex, 99, 1]),
      docFrame(7, awarenessProtocol.encodeAwarenessUpdate(a.awareness, [a.awareness.clientID])),
    ];
    for (const bytes of garbage) room.candidate.socket.emit('doc:sync', bytes);
    const b = await syncedDoc(room.candidate.socket, docIndex);
    expect(b.code).toBe(a.code);
    expect(frames).toEqual([]);
  });

  it('keeps a finished interview’s documents readable and read-only', async () => {
    const room = await openDocRoom(server);
    const docIndex = await present(room);
    const a = await syncedDoc(room.interviewer.socket, docIndex);
    const b = await syncedDoc(room.candidate.socket, docIndex);
    a.text.insert(0, '// before the end\n');
    await b.until((c) => c.code.includes('before the end'));
    await ok(request(room.candidate.socket, 'room:finish', { sessionId: room.sessionId }));
    a.text.insert(0, '// AFTER-THE-END\n');

    const later = await syncedDoc(await room.candidate.reconnect(), docIndex);
    expect(later.code).toContain('before the end');
    expect(later.code).not.toContain('AFTER-THE-END');
  });
});
