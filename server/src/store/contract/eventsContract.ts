import { describe, expect, it } from 'vitest';
import { MAX_EVENT_PAYLOAD_BYTES, type EventVisibility } from '@mockloop/shared';
import type { NewEvent, Store } from '../port';
import { expectStoreError, makeUsers, useFreshStore, type AdapterFactory } from './contractHarness';

const edit = (
  actorId: string | null,
  n: number,
  visibility: EventVisibility = 'everyone',
): NewEvent => ({
  actorId,
  type: 'code:edit',
  payload: { n },
  visibility,
});

async function soloSession(store: Store) {
  const [user] = await makeUsers(store, 'Solo');
  const userId = user?.id ?? '';
  const session = await store.createSession({
    kind: 'practice',
    createdBy: userId,
    participants: [{ userId, role: 'candidate' }],
  });
  return { userId, sessionId: session.id };
}

export function eventsContract(factory: AdapterFactory): void {
  const ctx = useFreshStore(factory);

  describe('event log', () => {
    it('appends single events and batches with consecutive sequence numbers', async () => {
      const { userId, sessionId } = await soloSession(ctx.store);
      const [one] = await ctx.store.appendEvents(sessionId, [edit(userId, 0)]);
      expect(one).toEqual({ sessionId, seq: 1, at: ctx.clock.now, ...edit(userId, 0) });
      const batch = await ctx.store.appendEvents(
        sessionId,
        [1, 2, 3].map((n) => edit(userId, n)),
      );
      expect(batch.map((e) => e.seq)).toEqual([2, 3, 4]);
      expect(await ctx.store.appendEvents(sessionId, [])).toEqual([]);
      const all = await ctx.store.readAllEvents(sessionId);
      expect(all).toEqual([one, ...batch]);
      expect(await ctx.store.readEvents(sessionId, userId, { afterSeq: 2, limit: 1 })).toEqual([
        batch[1],
      ]);
    });

    it('gives concurrent appenders no gaps and no duplicates, each in its own order', async () => {
      const { sessionId } = await soloSession(ctx.store);
      const writers = Array.from({ length: 8 }, (_, w) => `writer-${w}`);
      await Promise.all(
        writers.map(async (actorId) => {
          for (let n = 0; n < 12; n += 1) {
            const events =
              n % 3 === 0 ? [edit(actorId, n), edit(actorId, n + 0.5)] : [edit(actorId, n)];
            await ctx.store.appendEvents(sessionId, events);
          }
        }),
      );
      const all = await ctx.store.readAllEvents(sessionId);
      expect(all.map((e) => e.seq)).toEqual(Array.from({ length: 8 * 16 }, (_, i) => i + 1));
      for (const actorId of writers) {
        const mine = all
          .filter((e) => e.actorId === actorId)
          .map((e) => (e.payload as { n: number }).n);
        expect(mine).toEqual([...mine].sort((x, y) => x - y));
        expect(mine).toHaveLength(16);
      }
    });

    it('gives two nodes appending to one session no gaps and no duplicates', async () => {
      const { userId, sessionId } = await soloSession(ctx.store);
      const nodes = [ctx.store, await ctx.openSibling()];
      await Promise.all(
        nodes.flatMap((node, n) =>
          [0, 1, 2].map(async (w) => {
            for (let i = 0; i < 10; i += 1) {
              await node.appendEvents(sessionId, [edit(userId, n * 1000 + w * 100 + i)]);
            }
          }),
        ),
      );
      const all = await nodes[1]?.readAllEvents(sessionId);
      expect(all?.map((e) => e.seq)).toEqual(Array.from({ length: 60 }, (_, i) => i + 1));
      expect(new Set(all?.map((e) => (e.payload as { n: number }).n)).size).toBe(60);
    });

    it('shows each reader only what they may see, following role changes', async () => {
      const [cand, int, outsider] = await makeUsers(ctx.store, 'C', 'I', 'O');
      const [c, i, o] = [cand?.id ?? '', int?.id ?? '', outsider?.id ?? ''];
      const { id: sessionId } = await ctx.store.createSession({
        kind: 'interview',
        createdBy: i,
        participants: [
          { userId: i, role: 'interviewer' },
          { userId: c, role: 'candidate' },
        ],
      });
      await ctx.store.appendEvents(sessionId, [
        edit(c, 1, 'everyone'),
        edit(null, 2, 'interviewer'),
        edit(c, 3, 'author'),
        edit(i, 4, 'author'),
        edit(i, 5, 'interviewer'),
      ]);
      const seen = async (viewer: string) =>
        (await ctx.store.readEvents(sessionId, viewer)).map((e) => (e.payload as { n: number }).n);
      expect(await seen(c)).toEqual([1, 3]);
      expect(await seen(i)).toEqual([1, 2, 4, 5]);
      expect(await seen(o)).toEqual([]);
      await ctx.store.setParticipantRole(sessionId, i, 'candidate');
      await ctx.store.setParticipantRole(sessionId, c, 'interviewer');
      expect(await seen(c)).toEqual([1, 2, 3, 5]);
      expect(await seen(i)).toEqual([1, 4]);
    });

    it('round-trips binary payloads byte for byte', async () => {
      const { userId, sessionId } = await soloSession(ctx.store);
      const everyByte = Uint8Array.from({ length: 256 }, (_, b) => b);
      const backing = Uint8Array.from([9, 9, 1, 2, 3, 9]);
      const view = backing.subarray(2, 5);
      const payloads = [everyByte, new Uint8Array(0), view];
      await ctx.store.appendEvents(
        sessionId,
        payloads.map((payload) => ({
          actorId: userId,
          type: 'code:yjs',
          payload,
          visibility: 'everyone',
        })),
      );
      const back = (await ctx.store.readAllEvents(sessionId)).map((e) => e.payload);
      expect(back.every((p) => p instanceof Uint8Array && !Buffer.isBuffer(p))).toBe(true);
      expect(back.map((p) => [...(p as Uint8Array)])).toEqual([[...everyByte], [], [1, 2, 3]]);
    });

    it('keeps unicode and awkward JSON exactly', async () => {
      const { userId, sessionId } = await soloSession(ctx.store);
      const payload = {
        text: 'héllo 世界 שלום 👩🏽‍💻 e\u0301 \u0000 \u2028 "quotes" \\ back',
        $gt: '',
        'dotted.key': [1.5, -2.5, 1e300, null, true, { nested: ['ø'] }],
      };
      await ctx.store.appendEvents(sessionId, [
        { actorId: userId, type: 'chat:message', payload, visibility: 'everyone' },
        { actorId: userId, type: 'chat:message', payload: 'just a string', visibility: 'everyone' },
        { actorId: userId, type: 'timer:tick', payload: null, visibility: 'everyone' },
      ]);
      const back = await ctx.store.readAllEvents(sessionId);
      expect(back.map((e) => e.payload)).toEqual([payload, 'just a string', null]);
    });

    it('holds a 10,000-event session in order and reads from any sequence number', async () => {
      const { userId, sessionId } = await soloSession(ctx.store);
      for (let start = 0; start < 10_000; start += 1000) {
        const batch = Array.from({ length: 1000 }, (_, k) => edit(userId, start + k));
        await ctx.store.appendEvents(sessionId, batch);
      }
      const all = await ctx.store.readEvents(sessionId, userId);
      expect(all).toHaveLength(10_000);
      expect(all.every((e, k) => e.seq === k + 1 && (e.payload as { n: number }).n === k)).toBe(
        true,
      );
      const tail = await ctx.store.readEvents(sessionId, userId, { afterSeq: 9_990 });
      expect(tail.map((e) => e.seq)).toEqual(Array.from({ length: 10 }, (_, k) => 9_991 + k));
    });

    it('rejects bad events with a clear error and writes nothing of the batch', async () => {
      const { userId, sessionId } = await soloSession(ctx.store);
      const bad = (event: Partial<NewEvent>) =>
        ctx.store.appendEvents(sessionId, [edit(userId, 1), { ...edit(userId, 2), ...event }]);
      await expectStoreError(bad({ type: 'CodeEdit' }), 'validation_failed', /type/);
      await expectStoreError(
        bad({ actorId: null, visibility: 'author' }),
        'validation_failed',
        /actor/,
      );
      await expectStoreError(
        bad({ visibility: 'public' as never }),
        'validation_failed',
        /visibility/,
      );
      await expectStoreError(bad({ payload: { n: Number.NaN } }), 'validation_failed', /payload/);
      const huge = new Uint8Array(MAX_EVENT_PAYLOAD_BYTES + 1);
      await expectStoreError(bad({ payload: huge }), 'validation_failed', /payload/);
      await expectStoreError(
        ctx.store.appendEvents('nope', [edit(userId, 1)]),
        'not_found',
        /Session/,
      );
      await expectStoreError(
        ctx.store.readAllEvents(sessionId, { afterSeq: -1 }),
        'validation_failed',
        /afterSeq/,
      );
      expect(await ctx.store.readAllEvents(sessionId)).toEqual([]);
    });

    it('batches appendEventSoon writes and settles each only once committed', async () => {
      const { userId, sessionId } = await soloSession(ctx.store);
      const pending = [1, 2, 3].map((n) => ctx.store.appendEventSoon(sessionId, edit(userId, n)));
      const stored = await Promise.all(pending);
      expect(stored.map((e) => e.seq)).toEqual([1, 2, 3]);
      expect(await ctx.store.readAllEvents(sessionId)).toEqual(stored);
      const late = ctx.store.appendEventSoon(sessionId, edit(userId, 4));
      await ctx.store.flush();
      expect((await ctx.store.readAllEvents(sessionId)).map((e) => e.seq)).toEqual([1, 2, 3, 4]);
      await expect(late).resolves.toMatchObject({ seq: 4 });
      await expectStoreError(
        ctx.store.appendEventSoon('nope', edit(userId, 5)),
        'not_found',
        /Session/,
      );
      // A bad event is refused on its own (a rejected promise, not a throw) and fails no batch.
      const good = ctx.store.appendEventSoon(sessionId, edit(userId, 6));
      const bad = ctx.store.appendEventSoon(sessionId, { ...edit(userId, 7), type: 'Nope' });
      await expectStoreError(bad, 'validation_failed', /type/);
      await expect(good).resolves.toMatchObject({ seq: 5 });
    });
  });
}
