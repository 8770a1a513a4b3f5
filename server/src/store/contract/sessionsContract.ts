import { describe, expect, it } from 'vitest';
import type { Session } from '@mockloop/shared';
import type { NewSession, SessionQuery, Store } from '../port';
import {
  expectStoreError,
  HASH,
  makeUsers,
  useFreshStore,
  type AdapterFactory,
} from './contractHarness';

const question = (
  questionId: string,
  competencies: Session['questions'][number]['competencies'],
) => ({
  questionId,
  contentHash: HASH,
  competencies,
  askedAt: 1_700_000_000_000,
  deadline: null,
});

async function allPages(store: Store, userId: string, query: SessionQuery): Promise<Session[]> {
  const seen: Session[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listUserSessions(userId, { ...query, ...(cursor ? { cursor } : {}) });
    seen.push(...page.sessions);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return seen;
}

export function sessionsContract(factory: AdapterFactory): void {
  const ctx = useFreshStore(factory);

  describe('sessions', () => {
    it('creates a session and reads it back whole', async () => {
      const [cand, int] = await makeUsers(ctx.store, 'Cand', 'Int');
      const input: NewSession = {
        kind: 'interview',
        title: 'Mock loop — 設計 🚀',
        createdBy: int?.id ?? '',
        participants: [
          { userId: int?.id ?? '', role: 'interviewer' },
          { userId: cand?.id ?? '', role: 'candidate' },
        ],
        questions: [question('lru-cache', ['problem-solving', 'data-storage'])],
        deadline: ctx.clock.now + 3_600_000,
      };
      const session = await ctx.store.createSession(input);
      expect(session).toMatchObject({ kind: 'interview', status: 'active', summary: null });
      expect(session.participants.map((p) => p.role)).toEqual(['interviewer', 'candidate']);
      expect(await ctx.store.getSession(session.id)).toEqual(session);
      expect(await ctx.store.getSession('nope')).toBeNull();
    });

    it('changes status, summary, roles, questions and feedback', async () => {
      const [a, b] = await makeUsers(ctx.store, 'A', 'B');
      const userA = a?.id ?? '';
      const userB = b?.id ?? '';
      const session = await ctx.store.createSession({
        kind: 'interview',
        createdBy: userA,
        participants: [{ userId: userA, role: 'interviewer' }],
      });
      ctx.clock.now += 1000;
      await ctx.store.addParticipant(session.id, { userId: userB, role: 'candidate' });
      const again = await ctx.store.addParticipant(session.id, {
        userId: userB,
        role: 'interviewer',
      });
      expect(again.participants).toHaveLength(2);
      await ctx.store.setParticipantRole(session.id, userA, 'candidate');
      await ctx.store.setParticipantRole(session.id, userB, 'interviewer');
      await ctx.store.addQuestion(session.id, question('two-sum', ['problem-solving']));
      await ctx.store.addFeedback(session.id, {
        authorId: userB,
        createdAt: ctx.clock.now,
        ratings: { 'problem-solving': 3, communication: 4 },
        notes: 'Clear thinking; ask about edge cases earlier.',
      });
      const summary = {
        durationMs: 1000,
        questions: [{ questionId: 'two-sum', verdict: 'accepted' as const, passed: 5, total: 5 }],
      };
      const ended = await ctx.store.updateSession(session.id, {
        status: 'completed',
        endedAt: ctx.clock.now,
        summary,
      });
      expect(ended).toMatchObject({ status: 'completed', summary, updatedAt: ctx.clock.now });
      expect(ended.participants).toEqual([
        { userId: userA, role: 'candidate', joinedAt: session.createdAt, former: false },
        { userId: userB, role: 'interviewer', joinedAt: ctx.clock.now, former: false },
      ]);
      expect(ended.questions.map((q) => q.questionId)).toEqual(['two-sum']);
      expect(ended.feedback[0]?.ratings).toEqual({ 'problem-solving': 3, communication: 4 });
      expect(await ctx.store.getSession(session.id)).toEqual(ended);
    });

    it('rejects bad sessions and changes with a clear error', async () => {
      const [a] = await makeUsers(ctx.store, 'A');
      const userId = a?.id ?? '';
      const base = { createdBy: userId, participants: [{ userId, role: 'candidate' as const }] };
      const bad = { ...base, kind: 'party' } as unknown as NewSession;
      await expectStoreError(ctx.store.createSession(bad), 'validation_failed', /kind/);
      const twice = {
        ...base,
        kind: 'practice' as const,
        participants: [...base.participants, ...base.participants],
      };
      await expectStoreError(ctx.store.createSession(twice), 'validation_failed', /once/);
      const s = await ctx.store.createSession({ ...base, kind: 'practice' });
      const badHash = { ...question('two-sum', []), contentHash: 'XYZ' };
      await expectStoreError(
        ctx.store.addQuestion(s.id, badHash),
        'validation_failed',
        /contentHash/,
      );
      await expectStoreError(
        ctx.store.updateSession(s.id, { status: 'paused' } as never),
        'validation_failed',
        /status/,
      );
      await expectStoreError(
        ctx.store.updateSession('nope', { title: 'x' }),
        'not_found',
        /Session/,
      );
    });

    it('lists a user’s sessions newest first with filters and paging', async () => {
      const [me, other] = await makeUsers(ctx.store, 'Me', 'Other');
      const userId = me?.id ?? '';
      const created: Session[] = [];
      for (let i = 0; i < 25; i += 1) {
        ctx.clock.now += i % 5 === 0 ? 0 : 60_000; // some share a timestamp: ties break by id
        created.push(
          await ctx.store.createSession({
            kind: i % 2 === 0 ? 'practice' : 'interview',
            createdBy: userId,
            participants: [{ userId, role: 'candidate' }],
            questions: [
              question(
                i % 3 === 0 ? 'lru-cache' : 'two-sum',
                i % 3 === 0 ? ['data-storage'] : ['problem-solving'],
              ),
            ],
          }),
        );
      }
      await ctx.store.createSession({
        kind: 'practice',
        createdBy: other?.id ?? '',
        participants: [{ userId: other?.id ?? '', role: 'candidate' }],
      });
      await ctx.store.updateSession(created[3]?.id ?? '', { status: 'completed' });

      const newestFirst = [...created].sort(
        (x, y) => y.createdAt - x.createdAt || (y.id < x.id ? -1 : 1),
      );
      const first = await ctx.store.listUserSessions(userId, { limit: 10 });
      expect(first.sessions.map((s) => s.id)).toEqual(newestFirst.slice(0, 10).map((s) => s.id));
      const paged = await allPages(ctx.store, userId, { limit: 10 });
      expect(paged.map((s) => s.id)).toEqual(newestFirst.map((s) => s.id));

      const ids = async (query: SessionQuery) =>
        (await allPages(ctx.store, userId, query)).map((s) => s.id).sort();
      const expectIds = (pick: (s: Session, i: number) => boolean) =>
        created
          .filter(pick)
          .map((s) => s.id)
          .sort();
      expect(await ids({ kind: 'interview' })).toEqual(expectIds((s) => s.kind === 'interview'));
      expect(await ids({ status: 'completed' })).toEqual(expectIds((_s, i) => i === 3));
      expect(await ids({ questionId: 'lru-cache' })).toEqual(expectIds((_s, i) => i % 3 === 0));
      expect(await ids({ competency: 'problem-solving', kind: 'practice' })).toEqual(
        expectIds((s, i) => i % 3 !== 0 && s.kind === 'practice'),
      );
      const from = created[10]?.createdAt ?? 0;
      const to = created[20]?.createdAt ?? 0;
      expect(await ids({ from, to, limit: 3 })).toEqual(
        expectIds((s) => s.createdAt >= from && s.createdAt < to),
      );
      expect((await ctx.store.listUserSessions('nobody')).sessions).toEqual([]);
      await expectStoreError(
        ctx.store.listUserSessions(userId, { cursor: 'garbage' }),
        'validation_failed',
        /cursor/,
      );
      await expectStoreError(
        ctx.store.listUserSessions(userId, { limit: 1000 }),
        'validation_failed',
        /limit/,
      );
    });
  });
}
