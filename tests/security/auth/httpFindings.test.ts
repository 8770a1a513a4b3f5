import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestServer } from '../../integration/helpers/startTestServer';
import { call, guest, post, register, startAuthServer } from '../../integration/auth/authHttp';

/**
 * Issue 10's HTTP findings from the outside probe, each replayed as the attacker sent it, so a
 * later change cannot reopen them. Sign-in throttling: tests/integration/auth/rateLimits.test.ts.
 */
const logLines: string[] = [];
let server: TestServer;
beforeAll(async () => {
  server = await startAuthServer(
    { LOG_LEVEL: 'info' },
    { logDestination: { write: (line: string) => void logLines.push(line) } },
  );
});
afterAll(async () => {
  await server.stop();
});

function tokenOf(cookie: string): string {
  return cookie.slice(cookie.indexOf('=') + 1);
}

describe('the request log', () => {
  it('never holds a session token: Set-Cookie, Cookie and Authorization are redacted', async () => {
    const account = await register(server, 'logged-user', 'a long passphrase 9');
    const signIn = await post(server, '/api/auth/signin', {
      username: 'logged-user',
      password: 'a long passphrase 9',
    });
    expect(signIn.status).toBe(200);
    const tokens = [tokenOf(account.cookie), tokenOf(signIn.cookie!)];
    await call(server, '/api/me', {
      cookie: signIn.cookie,
      headers: { authorization: `Bearer ${tokens[1]!}` },
    });

    const requestLines = logLines.filter((line) => line.includes('"/api/auth/signin"'));
    expect(requestLines.length).toBeGreaterThan(0);
    expect(requestLines.join('\n')).toContain('[redacted]');
    for (const token of tokens) {
      expect(logLines.filter((line) => line.includes(token))).toEqual([]);
    }
    expect(logLines.join('\n')).not.toContain('a long passphrase 9');
  });
});

describe('Strict-Transport-Security', () => {
  it('is not sent over plain HTTP, where a browser ignores it and it only misleads', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });

  it('is sent when the request came over HTTPS (a trusted proxy says so)', async () => {
    const res = await fetch(`${server.url}/api/health`, {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
  });
});

describe('passwords', () => {
  it('refuses a password of only whitespace with a message that says so', async () => {
    for (const password of [' '.repeat(10), '\t \n '.repeat(4)]) {
      const res = await post(server, '/api/auth/register', { username: 'blank-pass', password });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({
        error: {
          code: 'validation_failed',
          message: expect.stringMatching(/only spaces/) as string,
        },
      });
    }
    // Spaces inside a passphrase are fine.
    expect((await register(server, 'spaced-pass', ' a b c d e f ')).user.username).toBe(
      'spaced-pass',
    );
  });
});

describe('two session cookies in one request', () => {
  // A sibling subdomain can toss a second `mockloop_session` (Domain=parent, a longer Path) that
  // the browser sends first; picking either one would let it choose who the victim is.
  it('sign in no one: the request is treated as anonymous, REST and socket', async () => {
    const victim = await guest(server, 'Victim');
    const attacker = await guest(server, 'Attacker');
    for (const cookie of [
      `${attacker.cookie}; ${victim.cookie}`,
      `${victim.cookie}; ${attacker.cookie}`,
    ]) {
      const res = await call(server, '/api/me', { cookie });
      expect(res.status).toBe(401);
      await expect(server.connect({ cookie })).rejects.toThrow();
    }
    // The same cookie sent twice is not ambiguous.
    const twice = await call(server, '/api/me', { cookie: `${victim.cookie}; ${victim.cookie}` });
    expect(twice.status).toBe(200);
  });
});
