import { describe, expect, it } from 'vitest';
import type { DataRecord, Store } from '../port';
import { expectStoreError, makeUsers, useFreshStore, type AdapterFactory } from './contractHarness';

async function collect(store: Store): Promise<DataRecord[]> {
  const records: DataRecord[] = [];
  for await (const record of store.exportAll()) records.push(record);
  return records;
}

/** A guest `g` practising alone and interviewing with `h`, with private notes from both. */
async function twoPeople(store: Store) {
  const [guest, host] = await makeUsers(store, 'Guest', 'Host');
  const g = guest?.id ?? '';
  const h = host?.id ?? '';
  const solo = await store.createSession({
    kind: 'practice',
    createdBy: g,
    participants: [{ userId: g, role: 'candidate' }],
  });
  const shared = await store.createSession({
    kind: 'interview',
    createdBy: h,
    participants: [
      { userId: h, role: 'interviewer' },
      { userId: g, role: 'candidate' },
    ],
  });
  await store.appendEvents(solo.id, [
    { actorId: g, type: 'code:edit', payload: 'x', visibility: 'everyone' },
  ]);
  await store.appendEvents(shared.id, [
    { actorId: g, type: 'note:add', payload: 'my private note', visibility: 'author' },
    { actorId: g, type: 'chat:message', payload: 'hello', visibility: 'everyone' },
    { actorId: h, type: 'note:add', payload: 'host note', visibility: 'author' },
  ]);
  await store.addFeedback(shared.id, {
    authorId: g,
    createdAt: 1,
    ratings: {},
    notes: 'self-review',
  });
  return { g, h, solo, shared };
}

export function lifecycleContract(factory: AdapterFactory): void {
  const ctx = useFreshStore(factory);

  describe('deleting and adopting users', () => {
    it('deletes a user with their solo sessions; shared ones keep them as a former participant', async () => {
      const { g, h, solo, shared } = await twoPeople(ctx.store);
      const tokenHash = 'a'.repeat(64);
      await ctx.store.createAuthSession({
        tokenHash,
        userId: g,
        createdAt: 1,
        expiresAt: 2,
        lastSeenAt: 1,
      });
      await ctx.store.deleteUser(g);
      expect(await ctx.store.getUser(g)).toBeNull();
      expect(await ctx.store.findAuthSession(tokenHash)).toBeNull();
      expect(await ctx.store.getSession(solo.id)).toBeNull();
      const after = await ctx.store.getSession(shared.id);
      expect(after?.participants.find((p) => p.userId === g)).toMatchObject({ former: true });
      const events = await ctx.store.readAllEvents(shared.id);
      expect(events.map((e) => e.payload)).toEqual([null, 'hello', 'host note']);
      expect((await ctx.store.readEvents(shared.id, h)).map((e) => e.payload)).toEqual([
        'hello',
        'host note',
      ]);
      expect((await ctx.store.listUserSessions(h)).sessions.map((s) => s.id)).toEqual([shared.id]);
      expect((await ctx.store.listUserSessions(g)).sessions).toEqual([]);
      await expectStoreError(ctx.store.deleteUser(g), 'not_found', /User/);
    });

    it('moves a guest’s sessions, events and feedback to an account', async () => {
      const { g, solo, shared } = await twoPeople(ctx.store);
      const account = await ctx.store.createUser({
        username: 'adopter',
        displayName: 'Adopter',
        kind: 'account',
        passwordHash: 'h',
      });
      expect(await ctx.store.adoptSessions(g, account.id)).toBe(2);
      const mine = (await ctx.store.listUserSessions(account.id)).sessions.map((s) => s.id);
      expect(mine.sort()).toEqual([solo.id, shared.id].sort());
      expect((await ctx.store.listUserSessions(g)).sessions).toEqual([]);
      const notes = await ctx.store.readEvents(shared.id, account.id);
      expect(notes.map((e) => e.payload)).toEqual(['my private note', 'hello']);
      const moved = await ctx.store.getSession(solo.id);
      expect(moved?.createdBy).toBe(account.id);
      expect((await ctx.store.getSession(shared.id))?.feedback[0]?.authorId).toBe(account.id);
    });
  });

  describe('export and import', () => {
    it('exports every record and imports them into an empty store unchanged', async () => {
      expect(await ctx.store.isEmpty()).toBe(true);
      const { g } = await twoPeople(ctx.store);
      await ctx.store.createAuthSession({
        tokenHash: 'b'.repeat(64),
        userId: g,
        createdAt: 1,
        expiresAt: 9,
        lastSeenAt: 2,
      });
      const records = await collect(ctx.store);
      expect(records.map((r) => r.type).join(' ')).toMatch(
        /^(user )+(session (event )*)+authSession$/,
      );
      const target = await ctx.openAnother();
      await target.importRecords(records);
      expect(await target.isEmpty()).toBe(false);
      expect(await collect(target)).toEqual(records);
      const [first] = records;
      await expectStoreError(
        target.importRecords(first ? [first] : []),
        'conflict',
        /exists|taken/,
      );
    });

    it('refuses records that break the schemas', async () => {
      const bad = { type: 'event', event: { sessionId: 's', seq: 0 } } as unknown as DataRecord;
      await expectStoreError(ctx.store.importRecords([bad]), 'validation_failed', /seq/);
    });

    it('close() writes what appendEventSoon still holds', async () => {
      const [user] = await makeUsers(ctx.store, 'A');
      const userId = user?.id ?? '';
      const session = await ctx.store.createSession({
        kind: 'practice',
        createdBy: userId,
        participants: [{ userId, role: 'candidate' }],
      });
      const records = async (store: Store) =>
        (await collect(store)).filter((r) => r.type === 'event');
      const pending = ctx.store.appendEventSoon(session.id, {
        actorId: userId,
        type: 'code:edit',
        payload: 1,
        visibility: 'everyone',
      });
      const exported = await records(ctx.store);
      expect(exported).toHaveLength(0);
      await ctx.store.close();
      await expect(pending).resolves.toMatchObject({ seq: 1 });
    });
  });
}
