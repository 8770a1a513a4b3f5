import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeResponse } from '@mockloop/shared';
import type { TestServer } from '../helpers/startTestServer';
import {
  call,
  guest,
  me,
  post,
  register,
  startAuthServer,
  SESSION_EXPIRED,
  socketHandshake,
} from './authHttp';

let server: TestServer;
beforeAll(async () => {
  server = await startAuthServer();
});
afterAll(async () => {
  await server.stop();
});

async function soloSession(userId: string): Promise<string> {
  const session = await server.store.createSession({
    kind: 'practice',
    createdBy: userId,
    participants: [{ userId, role: 'candidate' }],
  });
  return session.id;
}

async function mySessionIds(cookie: string): Promise<string[]> {
  const res = await call(server, '/api/sessions', { cookie });
  expect(res.status).toBe(200);
  return (res.body as { sessions: { id: string }[] }).sessions.map((s) => s.id);
}

describe('guests', () => {
  it('signs in a guest with a display name and answers GET /api/me for its cookie', async () => {
    const res = await post(server, '/api/auth/guest', { displayName: '  Ada Lovelace ' });
    expect(res.status).toBe(201);
    const { user } = res.body as MeResponse;
    expect(user).toMatchObject({ kind: 'guest', username: null, displayName: 'Ada Lovelace' });
    expect(user).not.toHaveProperty('passwordHash');
    expect(res.cookie).toMatch(/^mockloop_session=[A-Za-z0-9_-]{43}$/);
    expect(await me(server, res.cookie!)).toEqual(user);
  });

  it('gives two guests different cookies and different ids', async () => {
    const a = await guest(server, 'Same name');
    const b = await guest(server, 'Same name');
    expect(a.cookie).not.toBe(b.cookie);
    expect(a.user.id).not.toBe(b.user.id);
  });

  it('answers GET /api/me without a cookie, or with a made-up one, with 401', async () => {
    for (const cookie of [undefined, 'mockloop_session=' + 'A'.repeat(43), 'mockloop_session=x']) {
      const res = await call(server, '/api/me', { cookie });
      expect(res.status).toBe(401);
      expect(res.body).toMatchObject({ error: { code: 'unauthorized' } });
    }
  });
});

describe('accounts', () => {
  it('registers, signs in case-insensitively, and refuses a wrong password with 401', async () => {
    const created = await register(server, 'Grace', 'a long passphrase 1');
    expect(created.user).toMatchObject({
      kind: 'account',
      username: 'Grace',
      displayName: 'Grace',
    });

    const wrong = await post(server, '/api/auth/signin', {
      username: 'grace',
      password: 'a long passphrase 2',
    });
    const unknown = await post(server, '/api/auth/signin', {
      username: 'nobody-here',
      password: 'a long passphrase 1',
    });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    // One answer for both, so the reply does not tell which usernames exist.
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.setCookies).toEqual([]);

    const ok = await post(server, '/api/auth/signin', {
      username: 'GRACE',
      password: 'a long passphrase 1',
    });
    expect(ok.status).toBe(200);
    expect((ok.body as MeResponse).user.id).toBe(created.user.id);
    expect(ok.cookie).not.toBe(created.cookie);
    // Both browsers stay signed in: signing in elsewhere does not sign the first one out.
    expect((await me(server, created.cookie))?.id).toBe(created.user.id);
    expect((await me(server, ok.cookie!))?.id).toBe(created.user.id);
  });

  it('refuses a taken username (any case) with 409 and a short password with 400', async () => {
    await register(server, 'linus', 'a long passphrase 1');
    const taken = await post(server, '/api/auth/register', {
      username: 'LINUS',
      password: 'another passphrase',
    });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ error: { code: 'conflict' } });
    const short = await post(server, '/api/auth/register', {
      username: 'shorty',
      password: 'too short',
    });
    expect(short.status).toBe(400);
    expect(short.body).toMatchObject({ error: { code: 'validation_failed' } });
  });

  it('turns a guest into an account that keeps its id, display name and sessions', async () => {
    const g = await guest(server, 'Margaret');
    const sessionId = await soloSession(g.user.id);
    const account = await register(server, 'margaret', 'a long passphrase 1', g.cookie);
    expect(account.user).toMatchObject({
      id: g.user.id,
      kind: 'account',
      username: 'margaret',
      displayName: 'Margaret',
    });
    expect(await mySessionIds(account.cookie)).toEqual([sessionId]);
    // The guest's cookie was replaced, not left signed in beside the new one.
    expect(await me(server, g.cookie)).toBeUndefined();
  });

  it('moves a guest’s sessions into the account it signs in to, and removes the guest', async () => {
    const account = await register(server, 'barbara', 'a long passphrase 1');
    const before = await soloSession(account.user.id);
    const g = await guest(server, 'Barbara on a laptop');
    const adopted = await soloSession(g.user.id);

    const res = await post(
      server,
      '/api/auth/signin',
      { username: 'barbara', password: 'a long passphrase 1' },
      g.cookie,
    );
    expect(res.status).toBe(200);
    expect((res.body as MeResponse).user.id).toBe(account.user.id);
    expect((await mySessionIds(res.cookie!)).sort()).toEqual([before, adopted].sort());
    expect(await server.store.getUser(g.user.id)).toBeNull();
    expect(await me(server, g.cookie)).toBeUndefined();
  });

  it('signs out: the old cookie gets 401 afterwards, REST and socket alike', async () => {
    const { cookie } = await guest(server, 'Leaving soon');
    expect(await me(server, cookie)).toBeDefined();
    const out = await post(server, '/api/auth/signout', undefined, cookie);
    expect(out.status).toBe(204);
    expect(out.setCookies[0]).toMatch(/^mockloop_session=;.*Max-Age=0/);

    const after = await call(server, '/api/me', { cookie });
    expect(after.status).toBe(401);
    expect(after.body).toMatchObject({ error: { code: 'unauthorized' } });
    await expect(server.connect({ cookie })).rejects.toThrow();
    expect(await socketHandshake(server, { cookie: cookie })).toEqual(SESSION_EXPIRED);
    // Signing out twice, or without a cookie, is harmless.
    expect((await post(server, '/api/auth/signout', undefined, cookie)).status).toBe(204);
    expect((await post(server, '/api/auth/signout', undefined)).status).toBe(204);
  });
});
