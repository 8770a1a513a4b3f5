import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatMessage, RoomParticipant, RoomSnapshot } from '@mockloop/shared';
import type { TestServer } from '../helpers/startTestServer';
import { joinRoom, ok, request, SMALL_BANK, syncedDoc } from '../rooms/helpers/docRoom';
import type { YjsClient } from '../rooms/helpers/yjsClient';
import { nextEvent } from '../rooms/helpers/liveRoom';
import { openCrossNodeRoom, storedDocUpdates, type CrossNodeRoom } from './crossNodeRoom';
import { clusterSkipReason, startCluster, within, type Cluster } from './startCluster';

const STARTER = 'function countMultiples(n, k) {';

async function present(room: CrossNodeRoom): Promise<number> {
  const { docIndex } = await ok(
    request<{ docIndex: number }>(room.interviewer, 'room:present', {
      sessionId: room.sessionId,
      questionId: 'count-multiples',
    }),
  );
  return docIndex;
}

/** Each side types `count` edits at once, without waiting for the other. */
async function typeConcurrently(a: YjsClient, b: YjsClient, tag: string, count = 20) {
  for (let i = 0; i < count; i += 1) {
    a.text.insert(0, `${tag}a${i}`);
    b.text.insert(b.text.length, `${tag}b${i}`);
  }
  const last = count - 1;
  const all = (c: YjsClient) =>
    c.code.includes(`${tag}a${last}`) && c.code.includes(`${tag}b${last}`);
  await within(Promise.all([a.until(all), b.until(all)]), 10_000, 'both copies have every edit');
}

describe.skipIf(clusterSkipReason)('a live room whose two peers sit on different nodes', () => {
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

  it('converges concurrent edits, stores each update once, and both nodes hold the result', async () => {
    const room = await openCrossNodeRoom(a, b);
    const docIndex = await present(room);
    const onA = await syncedDoc(room.interviewer, docIndex);
    const onB = await syncedDoc(room.candidate, docIndex);
    expect(onA.code).toContain(STARTER);
    expect(onB.code).toBe(onA.code);

    await typeConcurrently(onA, onB, 'x');
    expect(onB.code).toBe(onA.code);
    // One doc:update per edit, written by the node that received it and by no other.
    expect(await storedDocUpdates(cluster.nodes, room.sessionId)).toBe(40);

    // Each node's own copy has the other node's edits: a fresh socket on either syncs them all.
    const freshOnA = await syncedDoc(
      await joinRoom(a, room.candidateCookie, room.sessionId),
      docIndex,
    );
    const freshOnB = await syncedDoc(
      await joinRoom(b, room.interviewerCookie, room.sessionId),
      docIndex,
    );
    expect(freshOnA.code).toBe(onA.code);
    expect(freshOnB.code).toBe(onA.code);
  });

  it('carries cursors, presence, chat and the timer between the nodes', async () => {
    const room = await openCrossNodeRoom(a, b);
    const docIndex = await present(room);
    const onA = await syncedDoc(room.interviewer, docIndex);
    const onB = await syncedDoc(room.candidate, docIndex);

    // Cursors (awareness) from A reach the peer on B.
    const hasCursor = () =>
      [...onB.awareness.getStates().values()].some((state) => state.user === 'ivy-on-a');
    const cursorOnB = new Promise<void>((resolve) => {
      onB.awareness.on('change', () => {
        if (hasCursor()) resolve();
      });
    });
    onA.awareness.setLocalState({ user: 'ivy-on-a' });
    await within(cursorOnB, 5_000, 'the cursor on B');

    // Presence is read across nodes: A's snapshot lists the candidate on B as online.
    const snapshotOnA = await ok(
      request<RoomSnapshot>(room.interviewer, 'room:state', { sessionId: room.sessionId }),
    );
    const online = (ps: RoomParticipant[]) => ps.filter((p) => p.online).length;
    expect(online(snapshotOnA.participants)).toBe(2);

    // Chat both ways.
    const toB = nextEvent(room.candidate, 'chat:message', (m: ChatMessage) => m.text === 'from A');
    await ok(
      request(room.interviewer, 'chat:send', {
        sessionId: room.sessionId,
        text: 'from A',
        clientOpId: 'op-a-1',
      }),
    );
    await within(toB, 5_000, 'chat from A on B');
    const toA = nextEvent(
      room.interviewer,
      'chat:message',
      (m: ChatMessage) => m.text === 'from B',
    );
    await ok(
      request(room.candidate, 'chat:send', {
        sessionId: room.sessionId,
        text: 'from B',
        clientOpId: 'op-b-1',
      }),
    );
    await within(toA, 5_000, 'chat from B on A');

    // The timer started on A ticks on B, and B's own read of the room agrees.
    const timerOnB = nextEvent(room.candidate, 'room:timer', (t) => t.running);
    await ok(
      request(room.interviewer, 'room:timer', {
        sessionId: room.sessionId,
        action: 'start',
        minutes: 30,
      }),
    );
    const [timer] = await within(timerOnB, 5_000, 'the timer on B');
    expect(timer.durationMs).toBe(30 * 60_000);
    const snapshotOnB = await ok(
      request<RoomSnapshot>(room.candidate, 'room:state', { sessionId: room.sessionId }),
    );
    expect(snapshotOnB.timer.running).toBe(true);
    expect(snapshotOnB.chat.map((m) => m.text)).toEqual(['from A', 'from B']);

    // Presence change: the candidate leaves on B, the interviewer on A hears it.
    const leftSeen = nextEvent(room.interviewer, 'room:presence', (ps) => online(ps) === 1);
    room.candidate.disconnect();
    await within(leftSeen, 5_000, 'presence on A after the candidate left B');
  });

  it('a node that first sees the room late loads it from the store and catches up', async () => {
    const room = await openCrossNodeRoom(a, b);
    const docIndex = await present(room);
    const onA = await syncedDoc(room.interviewer, docIndex);
    const onB = await syncedDoc(room.candidate, docIndex);
    await typeConcurrently(onA, onB, 'y', 10);
    await ok(
      request(room.candidate, 'chat:send', {
        sessionId: room.sessionId,
        text: 'before C',
        clientOpId: 'op-late-1',
      }),
    );

    const c = await cluster.addNode();
    const onC = await syncedDoc(await joinRoom(c, room.candidateCookie, room.sessionId), docIndex);
    expect(onC.code).toBe(onA.code);
    // And keeps up afterwards: an edit on A reaches the socket on C and C's own copy.
    onA.text.insert(0, 'after-C ');
    await within(
      onC.until((x) => x.code.startsWith('after-C ')),
      5_000,
      'the edit on C',
    );
    const interviewerOnC = await joinRoom(c, room.interviewerCookie, room.sessionId);
    expect((await syncedDoc(interviewerOnC, docIndex)).code).toBe(onA.code);
    const snapshotOnC = await ok(
      request<RoomSnapshot>(interviewerOnC, 'room:state', { sessionId: room.sessionId }),
    );
    expect(snapshotOnC.chat.map((m) => m.text)).toContain('before C');
  });
});
