import { describe, expect, it } from 'vitest';
import type { NewEvent, Store } from '../port';
import { expectStoreError, makeUsers, useFreshStore, type AdapterFactory } from './contractHarness';

const op = (actorId: string, n: number, clientOpId?: string): NewEvent => ({
  actorId,
  type: 'code:edit',
  payload: { n },
  visibility: 'everyone',
  ...(clientOpId === undefined ? {} : { clientOpId }),
});

async function pairSession(store: Store) {
  const [a, b] = await makeUsers(store, 'A', 'B');
  const [userA, userB] = [a?.id ?? '', b?.id ?? ''];
  const session = await store.createSession({
    kind: 'interview',
    createdBy: userA,
    participants: [
      { userId: userA, role: 'interviewer' },
      { userId: userB, role: 'candidate' },
    ],
  });
  return { userA, userB, sessionId: session.id };
}

const payloads = async (store: Store, sessionId: string) =>
  (await store.readAllEvents(sessionId)).map((e) => (e.payload as { n: number }).n);

/** What replay after a reconnect relies on: re-sends stored once, and time in seq order. */
export function eventLogReplayContract(factory: AdapterFactory): void {
  const ctx = useFreshStore(factory);

  describe('event log for replay', () => {
    it('[EL1] stores a re-sent operation once: same session, actor and clientOpId', async () => {
      const { userA, userB, sessionId } = await pairSession(ctx.store);
      const [first] = await ctx.store.appendEvents(sessionId, [op(userA, 1, 'op-1')]);
      expect(first).toMatchObject({ seq: 1, clientOpId: 'op-1' });
      ctx.clock.now += 1000;
      // The re-send after a reconnect: the stored event comes back, nothing new is written.
      const [again] = await ctx.store.appendEvents(sessionId, [op(userA, 99, 'op-1')]);
      expect(again).toEqual(first);
      expect(await ctx.store.appendEventSoon(sessionId, op(userA, 98, 'op-1'))).toEqual(first);
      // The same id from another actor, or without an id, is another operation.
      const mixed = await ctx.store.appendEvents(sessionId, [
        op(userB, 2, 'op-1'),
        op(userA, 3),
        op(userA, 3),
      ]);
      expect(mixed.map((e) => e.seq)).toEqual([2, 3, 4]);
      expect(await payloads(ctx.store, sessionId)).toEqual([1, 2, 3, 3]);
      expect((await ctx.store.readAllEvents(sessionId))[0]).toEqual(first);
    });

    it('[EL1] stores a duplicate within one batch once, and numbers the rest without gaps', async () => {
      const { userA, sessionId } = await pairSession(ctx.store);
      const stored = await ctx.store.appendEvents(sessionId, [
        op(userA, 1, 'op-a'),
        op(userA, 2, 'op-b'),
        op(userA, 1, 'op-a'),
        op(userA, 3),
      ]);
      expect(stored.map((e) => e.seq)).toEqual([1, 2, 1, 3]);
      expect(stored[2]).toEqual(stored[0]);
      expect((await ctx.store.readAllEvents(sessionId)).map((e) => e.seq)).toEqual([1, 2, 3]);
      const soon = await Promise.all([
        ctx.store.appendEventSoon(sessionId, op(userA, 4, 'op-c')),
        ctx.store.appendEventSoon(sessionId, op(userA, 4, 'op-c')),
      ]);
      expect(soon.map((e) => e.seq)).toEqual([4, 4]);
    });

    it('[EL1] keeps operation ids per session, across nodes, and checks them', async () => {
      const { userA, sessionId } = await pairSession(ctx.store);
      const other = await pairSession(ctx.store);
      const sibling = await ctx.openSibling();
      const [here] = await ctx.store.appendEvents(sessionId, [op(userA, 1, 'op-1')]);
      expect(await sibling.appendEvents(sessionId, [op(userA, 1, 'op-1')])).toEqual([here]);
      const [there] = await ctx.store.appendEvents(other.sessionId, [op(other.userA, 1, 'op-1')]);
      expect(there?.seq).toBe(1);
      const bad = (event: NewEvent) => ctx.store.appendEvents(sessionId, [event]);
      await expectStoreError(bad(op(userA, 1, 'x'.repeat(65))), 'validation_failed', /clientOpId/);
      await expectStoreError(bad(op(userA, 1, 'a b')), 'validation_failed', /clientOpId/);
      await expectStoreError(
        bad({ ...op(userA, 1, 'op-9'), actorId: null }),
        'validation_failed',
        /clientOpId: an operation id needs an actor/,
      );
      expect((await ctx.store.readAllEvents(sessionId)).map((e) => e.seq)).toEqual([1]);
    });

    it('[EL2] never gives a later seq an earlier time, even when a batched edit waited', async () => {
      const { userA, userB, sessionId } = await pairSession(ctx.store);
      const start = ctx.clock.now;
      // Queued now (stamped `start`), written only at the flush below.
      const queued = ctx.store.appendEventSoon(sessionId, op(userA, 1));
      ctx.clock.now = start + 5_000;
      const [immediate] = await ctx.store.appendEvents(sessionId, [op(userB, 2)]);
      await ctx.store.flush();
      const late = await queued;
      expect(immediate).toMatchObject({ seq: 1, at: start + 5_000 });
      expect(late.seq).toBe(2);
      expect(late.at).toBeGreaterThanOrEqual(start + 5_000);
      // A caller-given time (or a clock stepping back) cannot go behind the log either.
      ctx.clock.now = start;
      await ctx.store.appendEvents(sessionId, [{ ...op(userA, 3), at: start - 60_000 }]);
      await ctx.store.appendEvents(sessionId, [op(userA, 4)]);
      const all = await ctx.store.readAllEvents(sessionId);
      expect(all.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
      const times = all.map((e) => e.at);
      expect(times).toEqual([...times].sort((x, y) => x - y));
      expect(await ctx.store.readEvents(sessionId, userA)).toEqual(all);
    });
  });
}
