import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../store/openStore';
import type { Store } from '../store/port';
import {
  createAuthService,
  SESSION_TTL_MS,
  toMe,
  type AuthService,
  type Revocation,
} from './createAuthService';
import { hashToken } from './tokens';

let dir: string;
let store: Store;
let clock: number;
let auth: AuthService;

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-auth-'));
  store = await openStore({ dataDir: dir, mongodbUri: undefined });
  clock = Date.UTC(2026, 0, 1);
  auth = createAuthService(store, () => clock);
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('auth service', () => {
  it('starts a guest with a cookie token whose hash alone is stored', async () => {
    const { user, token } = await auth.startGuest({ displayName: 'Ada' });
    expect(user).toMatchObject({ kind: 'guest', username: null, displayName: 'Ada' });
    expect(await store.findAuthSession(token)).toBeNull();
    expect(await store.findAuthSession(hashToken(token))).toMatchObject({ userId: user.id });
    expect((await auth.resolve(token))?.user.id).toBe(user.id);
  });

  it('turns a guest into an account that keeps its id and sessions', async () => {
    const guest = await auth.startGuest({ displayName: 'Ada' });
    await store.createSession({
      kind: 'practice',
      createdBy: guest.user.id,
      participants: [{ userId: guest.user.id, role: 'candidate' }],
    });
    const { user } = await auth.register(
      { username: 'ada', password: 'long enough pass' },
      guest.user,
    );
    expect(user).toMatchObject({
      id: guest.user.id,
      kind: 'account',
      username: 'ada',
      displayName: 'Ada',
    });
    expect((await store.listUserSessions(user.id)).sessions).toHaveLength(1);
    expect(toMe(user)).not.toHaveProperty('passwordHash');
  });

  it('refuses a taken username case-insensitively', async () => {
    await auth.register({ username: 'Grace', password: 'long enough pass' }, undefined);
    await expect(
      auth.register({ username: 'grace', password: 'another long one' }, undefined),
    ).rejects.toMatchObject({
      status: 409,
    });
  });

  it('signs in with the right password only, with one message for both failures', async () => {
    await auth.register({ username: 'linus', password: 'long enough pass' }, undefined);
    await expect(
      auth.signIn({ username: 'linus', password: 'wrong password!' }, undefined),
    ).rejects.toMatchObject({
      status: 401,
      message: 'Wrong username or password.',
    });
    await expect(
      auth.signIn({ username: 'nobody', password: 'whatever pass' }, undefined),
    ).rejects.toMatchObject({
      status: 401,
      message: 'Wrong username or password.',
    });
    const { user } = await auth.signIn(
      { username: 'LINUS', password: 'long enough pass' },
      undefined,
    );
    expect(user.username).toBe('linus');
  });

  it('moves a guest’s sessions to the account it signs in to and removes the guest', async () => {
    const account = await auth.register(
      { username: 'barbara', password: 'long enough pass' },
      undefined,
    );
    const guest = await auth.startGuest({ displayName: 'B' });
    await store.createSession({
      kind: 'practice',
      createdBy: guest.user.id,
      participants: [{ userId: guest.user.id, role: 'candidate' }],
    });
    await auth.signIn({ username: 'barbara', password: 'long enough pass' }, guest.user);
    expect((await store.listUserSessions(account.user.id)).sessions).toHaveLength(1);
    expect(await store.getUser(guest.user.id)).toBeNull();
  });

  it('expires a token after 30 days unused and renews it when used', async () => {
    const { token } = await auth.startGuest({ displayName: 'Ada' });
    clock += SESSION_TTL_MS - 1000;
    expect(await auth.resolve(token)).toBeDefined();
    clock += SESSION_TTL_MS - 1000; // still alive: the use above renewed it
    expect(await auth.resolve(token)).toBeDefined();
    clock += SESSION_TTL_MS + 1;
    expect(await auth.resolve(token)).toBeUndefined();
    expect(await store.findAuthSession(hashToken(token))).toBeNull();
  });

  it('says when a use renewed the token: more than an hour after the last renewal', async () => {
    const { token } = await auth.startGuest({ displayName: 'Ada' });
    clock += 30 * 60 * 1000;
    expect((await auth.resolve(token))?.renewed).toBe(false);
    clock += 31 * 60 * 1000;
    expect((await auth.resolve(token))?.renewed).toBe(true);
    expect((await auth.resolve(token))?.renewed).toBe(false);
  });

  it('announces every ended sign-in so live sockets can be dropped', async () => {
    const heard: Revocation[] = [];
    const stop = auth.onRevoked((revoked) => heard.push(revoked));
    const a = await auth.startGuest({ displayName: 'A' });
    await auth.signOut(a.token);
    const b = await auth.startGuest({ displayName: 'B' });
    await auth.deleteAccount(b.user);
    stop();
    await auth.deleteAccount((await auth.startGuest({ displayName: 'C' })).user);
    expect(heard).toEqual([{ tokenHash: hashToken(a.token) }, { userId: b.user.id }]);
  });

  it('revokes the token on sign-out', async () => {
    const { token } = await auth.startGuest({ displayName: 'Ada' });
    await auth.signOut(token);
    expect(await auth.resolve(token)).toBeUndefined();
  });
});
