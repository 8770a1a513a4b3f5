import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage } from '@mockloop/shared';
import * as Y from 'yjs';
import { docHistories } from '../../../server/src/rooms/docs/docEvents';
import type { TestServer } from '../helpers/startTestServer';
import { joinRoom, ok, request, SMALL_BANK, syncedDoc } from '../rooms/helpers/docRoom';
import { nextEvent } from '../rooms/helpers/liveRoom';
import type { YjsClient } from '../rooms/helpers/yjsClient';
import { openCrossNodeRoom, storedDocUpdates } from './crossNodeRoom';
import { clusterSkipReason, startCluster, within, type Cluster } from './startCluster';

describe.skipIf(clusterSkipReason)('Redis restarted in the middle of an interview', () => {
  let cluster: Cluster;
  let a: TestServer;
  let b: TestServer;
  beforeAll(async () => {
    cluster = await startCluster(2, SMALL_BANK);
    [a, b] = cluster.nodes as [TestServer, TestServer];
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('loses no acknowledged edit, and the peers converge and resync once it is back', async () => {
    const room = await openCrossNodeRoom(a, b);
    const { docIndex } = await ok(
      request<{ docIndex: number }>(room.interviewer, 'room:present', {
        sessionId: room.sessionId,
        questionId: 'count-multiples',
      }),
    );
    const onA = await syncedDoc(room.interviewer, docIndex);
    const onB = await syncedDoc(room.candidate, docIndex);
    onA.text.insert(0, 'before ');
    await within(
      onB.until((c) => c.code.startsWith('before ')),
      5_000,
      'the first edit on B',
    );

    await cluster.redis.stop();
    // Both keep typing while Redis is away; each node accepts and stores its side's edits.
    for (let i = 0; i < 5; i += 1) {
      onA.text.insert(0, `down-a${i} `);
      onB.text.insert(onB.text.length, ` down-b${i}`);
    }
    await cluster.redis.restart();

    const all = (c: YjsClient) => c.code.includes('down-a4') && c.code.includes('down-b4');
    await within(Promise.all([onA.until(all), onB.until(all)]), 20_000, 'both sides converged');
    expect(onA.code).toBe(onB.code);
    // 11 edits, each stored exactly once.
    expect(await storedDocUpdates(cluster.nodes, room.sessionId)).toBe(11);

    // Reconnecting sockets on either node resync the whole document.
    const backOnB = await joinRoom(b, room.candidateCookie, room.sessionId);
    const backOnA = await joinRoom(a, room.interviewerCookie, room.sessionId);
    expect((await syncedDoc(backOnB, docIndex)).code).toBe(onA.code);
    expect((await syncedDoc(backOnA, docIndex)).code).toBe(onA.code);

    // And the room's messages cross the nodes again.
    const chatOnA = nextEvent(backOnA, 'chat:message', (m: ChatMessage) => m.text === 'back');
    await ok(
      request(backOnB, 'chat:send', {
        sessionId: room.sessionId,
        text: 'back',
        clientOpId: 'op-1',
      }),
    );
    await within(chatOnA, 10_000, 'chat from B on A after the restart');
  });

  it('a snapshot taken on one node keeps the other node’s stored edits whose relay is stuck', async () => {
    const room = await openCrossNodeRoom(a, b);
    const { docIndex } = await ok(
      request<{ docIndex: number }>(room.interviewer, 'room:present', {
        sessionId: room.sessionId,
        questionId: 'count-multiples',
      }),
    );
    const onA = await syncedDoc(room.interviewer, docIndex);
    const onB = await syncedDoc(room.candidate, docIndex);
    const snapshots = async () => {
      for (const node of cluster.nodes) await node.store.flush();
      const events = await a.store.readAllEvents(room.sessionId);
      return events.filter((e) => e.type === 'doc:snapshot').length;
    };
    const seeded = await snapshots();

    await cluster.redis.stop();
    try {
      for (let i = 0; i < 3; i += 1) onA.text.insert(0, `only-on-a${i} `);
      // A stores its edits; B never hears of them while Redis is away.
      await within(
        (async () => {
          for (;;) {
            await a.store.flush();
            const events = await a.store.readAllEvents(room.sessionId);
            if (events.filter((e) => e.type === 'doc:update').length >= 3) return;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        })(),
        10_000,
        'A stored its edits',
      );
      // Enough edits on B for B to take a snapshot of its copy (SNAPSHOT_EVERY.updates).
      for (let i = 0; i < 200; i += 1) onB.text.insert(onB.text.length, '.');
      await within(
        (async () => {
          while ((await snapshots()) <= seeded) await new Promise((r) => setTimeout(r, 50));
        })(),
        15_000,
        'B took a snapshot',
      );

      // What a node loading the room now would build: the last snapshot and what follows it.
      const rebuilt = new Y.Doc();
      const history = docHistories(await a.store.readAllEvents(room.sessionId)).get(docIndex);
      for (const update of history ?? []) Y.applyUpdate(rebuilt, update);
      expect(rebuilt.getText('code').toJSON()).toContain('only-on-a2');
    } finally {
      await cluster.redis.restart();
    }
  });
});
