import { describe, expect, it } from 'vitest';
import { HASH, makeUsers, useFreshStore, type AdapterFactory } from './contractHarness';

export function timedSessionsContract(factory: AdapterFactory): void {
  const ctx = useFreshStore(factory);

  describe('timed sessions', () => {
    it('lists every active session with a deadline, soonest first, and nothing else', async () => {
      const [user] = await makeUsers(ctx.store, 'Timed');
      const userId = user?.id ?? '';
      const start = (deadline: number | null) =>
        ctx.store.createSession({
          kind: 'practice',
          createdBy: userId,
          participants: [{ userId, role: 'candidate' }],
          deadline,
        });
      const later = await start(ctx.clock.now + 120_000);
      const sooner = await start(ctx.clock.now + 60_000);
      await start(null);
      const finished = await start(ctx.clock.now + 30_000);
      await ctx.store.updateSession(finished.id, { status: 'completed', endedAt: ctx.clock.now });
      const moved = await start(null);
      await ctx.store.updateSession(moved.id, { deadline: ctx.clock.now - 1_000 });

      expect(await ctx.store.listTimedSessions()).toEqual([
        { id: moved.id, deadline: ctx.clock.now - 1_000 },
        { id: sooner.id, deadline: ctx.clock.now + 60_000 },
        { id: later.id, deadline: ctx.clock.now + 120_000 },
      ]);

      await ctx.store.updateSession(sooner.id, { deadline: null });
      await ctx.store.addQuestion(later.id, {
        questionId: 'lru-cache',
        contentHash: HASH,
        competencies: [],
        askedAt: ctx.clock.now,
        deadline: ctx.clock.now + 5_000,
      });
      expect((await ctx.store.listTimedSessions()).map((s) => s.id)).toEqual([moved.id, later.id]);
    });

    it('lists nothing in an empty store', async () => {
      expect(await ctx.store.listTimedSessions()).toEqual([]);
    });
  });
}
