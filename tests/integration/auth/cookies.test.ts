import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../../server/src/auth/tokens';
import type { TestServer } from '../helpers/startTestServer';
import {
  call,
  cookieAttributes,
  guest,
  post,
  startAuthServer,
  SESSION_EXPIRED,
  socketHandshake,
} from './authHttp';

const THIRTY_DAYS_S = 30 * 24 * 60 * 60;
const HOUR_MS = 60 * 60 * 1000;

let server: TestServer;
beforeAll(async () => {
  server = await startAuthServer();
});
afterAll(async () => {
  await server.stop();
});

function tokenOf(cookie: string): string {
  return cookie.slice(cookie.indexOf('=') + 1);
}

async function guestSetCookie(target: TestServer, headers: Record<string, string> = {}) {
  const res = await call(target, '/api/auth/guest', {
    method: 'POST',
    body: { displayName: 'Cookie tester' },
    headers,
  });
  expect(res.status).toBe(201);
  expect(res.setCookies).toHaveLength(1);
  return res.setCookies[0]!;
}

describe('the session cookie', () => {
  it('is HttpOnly, SameSite=Lax, Path=/, lives 30 days, and is not Secure on plain HTTP', async () => {
    const line = await guestSetCookie(server);
    expect(line.startsWith('mockloop_session=')).toBe(true);
    const attributes = cookieAttributes(line);
    expect(attributes.has('httponly')).toBe(true);
    expect(attributes.get('samesite')).toBe('Lax');
    expect(attributes.get('path')).toBe('/');
    expect(attributes.get('max-age')).toBe(String(THIRTY_DAYS_S));
    expect(attributes.has('secure')).toBe(false);
    expect(attributes.has('domain')).toBe(false);
  });

  it('is Secure when a trusted proxy says the request came over HTTPS (COOKIE_SECURE=auto)', async () => {
    const line = await guestSetCookie(server, { 'x-forwarded-proto': 'https' });
    expect(cookieAttributes(line).has('secure')).toBe(true);
  });

  it('stores only the SHA-256 of the token, never the token itself', async () => {
    const { cookie, user } = await guest(server, 'Hashed');
    const token = tokenOf(cookie);
    expect(await server.store.findAuthSession(token)).toBeNull();
    expect(await server.store.findAuthSession(hashToken(token))).toMatchObject({ userId: user.id });
  });

  it('stops working once it has expired, and the expired sign-in is removed', async () => {
    const { cookie } = await guest(server, 'Expiring');
    const tokenHash = hashToken(tokenOf(cookie));
    const now = Date.now();
    await server.store.touchAuthSession(tokenHash, {
      lastSeenAt: now - 31 * 24 * HOUR_MS,
      expiresAt: now - 1,
    });
    const res = await call(server, '/api/me', { cookie });
    expect(res.status).toBe(401);
    expect(await server.store.findAuthSession(tokenHash)).toBeNull();
    await expect(server.connect({ cookie })).rejects.toThrow();
    expect(await socketHandshake(server, { cookie: cookie })).toEqual(SESSION_EXPIRED);
  });

  it('slides: a use more than an hour after the last renewal extends it by 30 days', async () => {
    const { cookie } = await guest(server, 'Daily user');
    const tokenHash = hashToken(tokenOf(cookie));
    const now = Date.now();
    await server.store.touchAuthSession(tokenHash, {
      lastSeenAt: now - 2 * HOUR_MS,
      expiresAt: now + 24 * HOUR_MS,
    });
    const res = await call(server, '/api/me', { cookie });
    expect(res.status).toBe(200);
    const renewed = await server.store.findAuthSession(tokenHash);
    expect(renewed!.expiresAt).toBeGreaterThanOrEqual(now + THIRTY_DAYS_S * 1000);
    // The browser's copy must slide too, or it would drop the cookie 30 days after sign-in.
    expect(res.setCookies).toHaveLength(1);
    expect(res.setCookies[0]!.split(';')[0]).toBe(cookie);
    expect(cookieAttributes(res.setCookies[0]!).get('max-age')).toBe(String(THIRTY_DAYS_S));
  });

  it('is not rewritten on every request: within the hour nothing changes', async () => {
    const { cookie } = await guest(server, 'Busy user');
    const tokenHash = hashToken(tokenOf(cookie));
    const before = await server.store.findAuthSession(tokenHash);
    const res = await call(server, '/api/me', { cookie });
    expect(res.status).toBe(200);
    expect(res.setCookies).toEqual([]);
    expect(await server.store.findAuthSession(tokenHash)).toEqual(before);
  });

  it('is cleared with the same attributes on sign-out', async () => {
    const { cookie } = await guest(server, 'Leaving');
    const res = await post(server, '/api/auth/signout', undefined, cookie);
    const attributes = cookieAttributes(res.setCookies[0]!);
    expect(res.setCookies[0]!.startsWith('mockloop_session=;')).toBe(true);
    expect(attributes.get('max-age')).toBe('0');
    expect(attributes.get('path')).toBe('/');
    expect(attributes.has('httponly')).toBe(true);
  });
});

describe('COOKIE_SECURE and TRUST_PROXY', () => {
  let forced: TestServer;
  let untrusting: TestServer;
  beforeAll(async () => {
    [forced, untrusting] = await Promise.all([
      startAuthServer({ COOKIE_SECURE: 'true' }),
      startAuthServer({ TRUST_PROXY: 'false', COOKIE_SECURE: 'auto' }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([forced.stop(), untrusting.stop()]);
  });

  it('COOKIE_SECURE=true marks the cookie Secure even on plain HTTP', async () => {
    expect(cookieAttributes(await guestSetCookie(forced)).has('secure')).toBe(true);
  });

  it('an X-Forwarded-Proto from an untrusted peer does not make it Secure', async () => {
    const line = await guestSetCookie(untrusting, { 'x-forwarded-proto': 'https' });
    expect(cookieAttributes(line).has('secure')).toBe(false);
  });
});
