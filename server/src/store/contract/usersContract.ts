import { describe, expect, it } from 'vitest';
import type { NewUser } from '../port';
import { expectStoreError, makeUsers, useFreshStore, type AdapterFactory } from './contractHarness';

const account = (username: string): NewUser => ({
  username,
  displayName: `Name of ${username}`,
  kind: 'account',
  passwordHash: 'scrypt$N=16384$salt$hash',
});

export function usersContract(factory: AdapterFactory): void {
  const ctx = useFreshStore(factory);

  describe('users', () => {
    it('creates a user and finds it by id and by username, case-insensitively', async () => {
      const user = await ctx.store.createUser(account('Ada.Lovelace'));
      expect(user).toMatchObject({ username: 'Ada.Lovelace', kind: 'account' });
      expect(user.createdAt).toBe(ctx.clock.now);
      expect(await ctx.store.getUser(user.id)).toEqual(user);
      expect(await ctx.store.findUserByUsername('ada.LOVELACE')).toEqual(user);
      expect(await ctx.store.findUserByUsername('ada')).toBeNull();
      expect(await ctx.store.getUser('no-such-user')).toBeNull();
    });

    it('refuses a username that differs from a taken one only in case', async () => {
      await ctx.store.createUser(account('grace'));
      await expectStoreError(ctx.store.createUser(account('GRACE')), 'conflict', /taken/);
    });

    it('rejects bad users with a clear error', async () => {
      const guestWithName = { ...account('guesty'), kind: 'guest' as const, passwordHash: null };
      await expectStoreError(ctx.store.createUser(guestWithName), 'validation_failed', /username/);
      const control = { ...account('ok-name'), displayName: 'bell\u0007' };
      await expectStoreError(ctx.store.createUser(control), 'validation_failed', /displayName/);
      await expectStoreError(
        ctx.store.createUser(account('has space')),
        'validation_failed',
        /username/,
      );
    });

    it('keeps unicode display names exactly', async () => {
      const name = 'Zoë 李雷 محمد 👩🏽‍💻 e\u0301';
      const [user] = await makeUsers(ctx.store, name);
      expect((await ctx.store.getUser(user?.id ?? ''))?.displayName).toBe(name);
    });

    it('turns a guest into an account in place, and refuses a taken username', async () => {
      const [guest] = await makeUsers(ctx.store, 'Guest');
      await ctx.store.createUser(account('taken'));
      const id = guest?.id ?? '';
      await expectStoreError(
        ctx.store.updateUser(id, { kind: 'account', username: 'TAKEN', passwordHash: 'h' }),
        'conflict',
        /taken/,
      );
      const upgraded = await ctx.store.updateUser(id, {
        kind: 'account',
        username: 'fresh',
        passwordHash: 'h',
      });
      expect(upgraded).toMatchObject({ id, kind: 'account', username: 'fresh' });
      expect(await ctx.store.findUserByUsername('FRESH')).toEqual(upgraded);
      await expectStoreError(
        ctx.store.updateUser('nobody', { displayName: 'x' }),
        'not_found',
        /User/,
      );
    });
  });

  describe('query-shaped input', () => {
    it('refuses ids that are not strings instead of using them as queries', async () => {
      await makeUsers(ctx.store, 'Someone');
      const operator = { $gt: '' } as unknown as string;
      await expectStoreError(ctx.store.getUser(operator), 'validation_failed', /user id/);
      await expectStoreError(
        ctx.store.findUserByUsername(operator),
        'validation_failed',
        /username/,
      );
      await expectStoreError(ctx.store.findAuthSession(operator), 'validation_failed', /token/);
      await expectStoreError(ctx.store.getSession(operator), 'validation_failed', /session id/);
      await expectStoreError(ctx.store.listUserSessions(operator), 'validation_failed', /user id/);
      await expectStoreError(ctx.store.deleteUser(operator), 'validation_failed', /user id/);
      await expectStoreError(
        ctx.store.deleteExpiredAuthSessions(operator as unknown as number),
        'validation_failed',
        /time/,
      );
      expect(await ctx.store.getUser('x'.repeat(128))).toBeNull();
    });
  });

  describe('auth sessions', () => {
    const token = (n: number) => `${'f'.repeat(31)}${n}`;

    it('creates, finds, renews and deletes by token hash', async () => {
      const [user] = await makeUsers(ctx.store, 'A');
      const userId = user?.id ?? '';
      const session = { tokenHash: token(1), userId, createdAt: 1, expiresAt: 100, lastSeenAt: 1 };
      await ctx.store.createAuthSession(session);
      expect(await ctx.store.findAuthSession(token(1))).toEqual(session);
      expect(await ctx.store.touchAuthSession(token(1), { lastSeenAt: 50, expiresAt: 200 })).toBe(
        true,
      );
      expect(await ctx.store.findAuthSession(token(1))).toMatchObject({
        lastSeenAt: 50,
        expiresAt: 200,
      });
      expect(await ctx.store.touchAuthSession(token(9), { lastSeenAt: 1, expiresAt: 2 })).toBe(
        false,
      );
      await ctx.store.deleteAuthSession(token(1));
      expect(await ctx.store.findAuthSession(token(1))).toBeNull();
    });

    it('deletes all of a user, and the expired ones', async () => {
      const [a, b] = await makeUsers(ctx.store, 'A', 'B');
      const base = { createdAt: 1, lastSeenAt: 1 };
      await ctx.store.createAuthSession({
        ...base,
        tokenHash: token(1),
        userId: a?.id ?? '',
        expiresAt: 10,
      });
      await ctx.store.createAuthSession({
        ...base,
        tokenHash: token(2),
        userId: a?.id ?? '',
        expiresAt: 99,
      });
      await ctx.store.createAuthSession({
        ...base,
        tokenHash: token(3),
        userId: b?.id ?? '',
        expiresAt: 10,
      });
      expect(await ctx.store.deleteExpiredAuthSessions(10)).toBe(2);
      expect(await ctx.store.findAuthSession(token(2))).not.toBeNull();
      expect(await ctx.store.deleteUserAuthSessions(a?.id ?? '')).toBe(1);
      expect(await ctx.store.findAuthSession(token(2))).toBeNull();
    });

    it('refuses an auth session for an unknown user or with a bad hash', async () => {
      const session = {
        tokenHash: token(1),
        userId: 'ghost',
        createdAt: 1,
        expiresAt: 2,
        lastSeenAt: 1,
      };
      await expectStoreError(ctx.store.createAuthSession(session), 'not_found', /User/);
      const [user] = await makeUsers(ctx.store, 'A');
      const short = { ...session, userId: user?.id ?? '', tokenHash: 'abc' };
      await expectStoreError(ctx.store.createAuthSession(short), 'validation_failed', /tokenHash/);
    });
  });
}
