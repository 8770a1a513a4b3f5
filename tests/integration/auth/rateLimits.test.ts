import { afterEach, describe, expect, it } from 'vitest';
import type { TestServer } from '../helpers/startTestServer';
import { call, post, register, startAuthServer, type Answer } from './authHttp';

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
  // Every 429 says when to come back, in whole seconds, matching the message.
  expect(res.retryAfter).toMatch(/^[1-9]\d*$/);
  expect((res.body as { error: { message: string } }).error.message).toContain(
    `try again in ${res.retryAfter!} s`,
  );
}

/** Sign-in as a script behind the trusted proxy would send it, from `address`. */
function signIn(
  target: TestServer,
  username: string,
  password = 'not the password',
  address?: string,
) {
  return call(target, '/api/auth/signin', {
    method: 'POST',
    body: { username, password },
    headers: address ? { 'x-forwarded-for': address } : {},
  });
}

const OWNER_PASSWORD = 'the owner passphrase';

describe('auth rate limits', () => {
  it('wrong passwords from one address do not lock the owner out: the owner signs in from another', async () => {
    const target = await withRealLimits();
    await register(target, 'victim', OWNER_PASSWORD);
    const attacker = '203.0.113.7';
    const answers: number[] = [];
    for (let i = 0; i < 8; i++)
      answers.push((await signIn(target, 'victim', 'guess', attacker)).status);
    // Five free failures, then the attacker's address backs off for this username.
    expect(answers.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
    expect(answers.slice(6)).toEqual([429, 429]);
    expectRateLimited(await signIn(target, 'victim', 'guess', attacker));
    const owner = await signIn(target, 'victim', OWNER_PASSWORD, '198.51.100.20');
    expect(owner.status).toBe(200);
    // The username is compared case-insensitively, so VICTIM is no way round the back-off.
    expectRateLimited(await signIn(target, 'VICTIM', 'guess', attacker));
    // Another username from the attacker's address is not held back by this one.
    expect((await signIn(target, 'someone-else', 'guess', attacker)).status).toBe(401);
  });

  it('a correct password clears the run of wrong ones from that address', async () => {
    const target = await withRealLimits();
    await register(target, 'forgetful', OWNER_PASSWORD);
    const home = '198.51.100.30';
    const typo = () => signIn(target, 'forgetful', 'typo', home);
    for (let i = 0; i < 4; i++) expect((await typo()).status).toBe(401);
    expect((await signIn(target, 'forgetful', OWNER_PASSWORD, home)).status).toBe(200);
    // Without the reset, the second of these would start a back-off and the third answer 429.
    for (let i = 0; i < 5; i++) expect((await typo()).status).toBe(401);
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
