import { afterEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/startTestServer';
import { post, startAuthServer, type Answer } from './authHttp';

/** The real limits of docs/access-rules.md: each test gets a fresh server and fresh buckets. */
let server: TestServer | undefined;
async function withRealLimits(): Promise<TestServer> {
  server = await startAuthServer({}, { productionRateLimits: true });
  return server;
}
afterEach(async () => {
  await server?.stop();
  server = undefined;
});

function expectRateLimited(res: Answer) {
  expect(res.status).toBe(429);
  expect(res.body).toMatchObject({
    error: { code: 'rate_limited', message: expect.stringMatching(/try again in \d+ s/) as string },
  });
  expect(res.setCookies).toEqual([]);
}

function signIn(target: TestServer, username: string) {
  return post(target, '/api/auth/signin', { username, password: 'not the password' });
}

describe('auth rate limits', () => {
  it('allows 5 sign-in attempts per minute per username, then answers 429 rate_limited', async () => {
    const target = await withRealLimits();
    for (let i = 0; i < 5; i++) expect((await signIn(target, 'victim')).status).toBe(401);
    expectRateLimited(await signIn(target, 'victim'));
    // The username is compared case-insensitively, so VICTIM does not get a fresh bucket.
    expectRateLimited(await signIn(target, 'VICTIM'));
    // Another username from the same address still has room.
    expect((await signIn(target, 'someone-else')).status).toBe(401);
  });

  it('allows 10 sign-in attempts per minute per IP across usernames, then 429', async () => {
    const target = await withRealLimits();
    for (let i = 0; i < 10; i++) expect((await signIn(target, `user-${i}`)).status).toBe(401);
    expectRateLimited(await signIn(target, 'user-fresh'));
  });

  it('allows 10 new guests or accounts per 10 minutes per IP, then 429', async () => {
    const target = await withRealLimits();
    for (let i = 0; i < 10; i++) {
      expect((await post(target, '/api/auth/guest', { displayName: `G${i}` })).status).toBe(201);
    }
    expectRateLimited(await post(target, '/api/auth/guest', { displayName: 'One too many' }));
    // Registering draws on the same budget, before any password is hashed.
    expectRateLimited(
      await post(target, '/api/auth/register', { username: 'late', password: 'a long passphrase' }),
    );
  });

  it('does not spend sign-in budget on requests that fail validation', async () => {
    const target = await withRealLimits();
    for (let i = 0; i < 12; i++) {
      const res = await post(target, '/api/auth/signin', { username: 'victim', password: 7 });
      expect(res.status).toBe(400);
    }
    expect((await signIn(target, 'victim')).status).toBe(401);
  });
});
