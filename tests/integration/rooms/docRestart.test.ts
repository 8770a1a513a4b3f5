import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { RoomEvent } from '@mockloop/shared';
import { startTestServer, type TestServer } from '../helpers/startTestServer';
import { joinRoom, openDocRoom, present, SMALL_BANK, syncedDoc } from './helpers/docRoom';
import type { YjsClient } from './helpers/yjsClient';

/*
 * "Acknowledged" (docs/realtime.md): an edit the server has applied to its copy, which it then
 * relays to the peer. It is stored within 250 ms (`doc:update`), and a graceful close stores
 * whatever is still pending plus a snapshot, so a graceful restart loses no acknowledged edit.
 * After a hard stop the last batch may be missing from the store; the clients still hold it and
 * give it back in the state-vector exchange when they reconnect.
 */

const servers: TestServer[] = [];
const dirs: string[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-docs-restart-'));
  dirs.push(dir);
  return dir;
}

async function serverOn(dataDir: string): Promise<TestServer> {
  const server = await startTestServer({ ...SMALL_BANK, DATA_DIR: dataDir });
  servers.push(server);
  return server;
}

const hasAll = (words: string[]) => (c: YjsClient) => words.every((w) => c.code.includes(w));

describe('a server restart mid-interview', () => {
  it('keeps every acknowledged edit through a graceful restart', async () => {
    const dataDir = tempDir();
    const first = await serverOn(dataDir);
    const room = await openDocRoom(first);
    const docIndex = await present(room);
    const a = await syncedDoc(room.interviewer.socket, docIndex);
    const b = await syncedDoc(room.candidate.socket, docIndex);
    // More than one snapshot's worth of updates, then a few after the last snapshot.
    for (let i = 0; i < 230; i += 1) b.text.insert(b.text.length, i % 10 === 0 ? `#${i}` : '.');
    a.text.insert(0, '// interviewer was here\n');
    const words = ['#220', 'interviewer was here'];
    await Promise.all([a.until(hasAll(words)), b.until(hasAll(words))]);
    const expected = a.code;

    // The clients' copies are thrown away: only the server's store can bring the text back.
    a.destroy();
    b.destroy();
    servers.splice(servers.indexOf(first), 1);
    await first.stop();

    const second = await serverOn(dataDir);
    const again = await syncedDoc(
      await joinRoom(second, room.candidate.cookie, room.sessionId),
      docIndex,
    );
    expect(again.code).toBe(expected);
    const stored = await second.store.readAllEvents(room.sessionId);
    expect(stored.filter((e) => e.type === RoomEvent.DocUpdate).length).toBeGreaterThan(230);
    expect(stored.filter((e) => e.type === RoomEvent.DocSnapshot).length).toBeGreaterThan(1);
  });

  it('after a hard stop, restores the rest from the clients’ state-vector exchange', async () => {
    const first = await serverOn(tempDir());
    const room = await openDocRoom(first);
    const docIndex = await present(room);
    const a = await syncedDoc(room.interviewer.socket, docIndex);
    const b = await syncedDoc(room.candidate.socket, docIndex);
    b.text.insert(b.text.length, '\n// stored before the crash');
    await a.until(hasAll(['stored before the crash']));
    await first.store.flush();
    b.text.insert(b.text.length, '\n// typed just before the crash');
    await a.until(hasAll(['just before the crash']));

    // The crash: the data directory as it is on disk this instant, with no flush and no close.
    const crashed = tempDir();
    fs.cpSync(first.config.dataDir, crashed, { recursive: true });
    room.interviewer.socket.disconnect();
    room.candidate.socket.disconnect();
    a.text.insert(0, '// typed while the server was down\n');

    const second = await serverOn(crashed);
    const fromStore = await syncedDoc(
      await joinRoom(second, room.interviewer.cookie, room.sessionId),
      docIndex,
    );
    expect(fromStore.code).toContain('stored before the crash');
    expect(fromStore.code).not.toContain('server was down');

    a.attach(await joinRoom(second, room.interviewer.cookie, room.sessionId));
    b.attach(await joinRoom(second, room.candidate.cookie, room.sessionId));
    await Promise.all([a.sync(), b.sync()]);
    const words = ['stored before the crash', 'just before the crash', 'server was down'];
    await Promise.all([
      a.until(hasAll(words)),
      b.until(hasAll(words)),
      fromStore.until(hasAll(words)),
    ]);
    expect(b.code).toBe(a.code);
    expect(fromStore.code).toBe(a.code);
  });
});
