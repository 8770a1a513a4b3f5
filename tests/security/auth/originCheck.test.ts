import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connectSocket } from 'socket.io-client';
import type { TestServer } from '../../integration/helpers/startTestServer';
import { guest, startAuthServer } from '../../integration/auth/authHttp';
import { PROTOCOL_VERSION } from '@mockloop/shared';

/**
 * [AR7] One origin check for REST and the socket handshake: scheme, host and port must all
 * match this server's origin, which is `PUBLIC_ORIGIN` when set (the Host header then counts for
 * nothing) and otherwise the request's own scheme and Host.
 */
const PUBLIC = 'https://mockloop.example';
let plain: TestServer;
let behindProxy: TestServer;
let plainCookie: string;
let proxyCookie: string;
beforeAll(async () => {
  [plain, behindProxy] = await Promise.all([
    startAuthServer(),
    startAuthServer({ PUBLIC_ORIGIN: PUBLIC }),
  ]);
  const [plainGuest, proxyGuest] = await Promise.all([
    guest(plain, 'Plain'),
    guest(behindProxy, 'Proxied'),
  ]);
  plainCookie = plainGuest.cookie;
  proxyCookie = proxyGuest.cookie;
});
afterAll(async () => {
  await Promise.all([plain.stop(), behindProxy.stop()]);
});

/** A state-changing POST as a raw client sends it: any Host and Origin headers it likes. */
function rawPost(server: TestServer, headers: Record<string, string>): Promise<number> {
  const url = new URL('/api/auth/signout', server.url);
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method: 'POST', headers }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Resolves true when a socket with these headers connects, false when it is refused. */
function socketOpens(server: TestServer, headers: Record<string, string>): Promise<boolean> {
  const socket = connectSocket(server.url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    extraHeaders: headers,
    auth: { protocol: PROTOCOL_VERSION },
  });
  return new Promise((resolve) => {
    socket.once('connect', () => resolve(true));
    socket.once('connect_error', () => resolve(false));
  }).finally(() => socket.close()) as Promise<boolean>;
}

describe('[AR7] without PUBLIC_ORIGIN: the request’s own scheme, host and port', () => {
  it('refuses an Origin with another scheme over REST and over a socket', async () => {
    const otherScheme = plain.url.replace('http:', 'https:');
    expect(await rawPost(plain, { origin: otherScheme })).toBe(403);
    expect(await socketOpens(plain, { cookie: plainCookie, origin: otherScheme })).toBe(false);
    expect(await rawPost(plain, { origin: plain.url })).toBe(204);
    expect(await socketOpens(plain, { cookie: plainCookie, origin: plain.url })).toBe(true);
  });

  it('follows the scheme a trusted proxy reports, for REST and sockets alike', async () => {
    const https = plain.url.replace('http:', 'https:');
    const forwarded = { 'x-forwarded-proto': 'https', origin: https };
    expect(await rawPost(plain, forwarded)).toBe(204);
    expect(await socketOpens(plain, { cookie: plainCookie, ...forwarded })).toBe(true);
  });
});

describe('[AR7] with PUBLIC_ORIGIN', () => {
  it('accepts its public origin whatever Host the proxy passes on', async () => {
    expect(await rawPost(behindProxy, { origin: PUBLIC })).toBe(204);
    expect(await socketOpens(behindProxy, { cookie: proxyCookie, origin: PUBLIC })).toBe(true);
    // Default ports and letter case do not make an origin different.
    expect(await rawPost(behindProxy, { origin: 'HTTPS://MockLoop.example:443' })).toBe(204);
  });

  it('no longer trusts the Host header: a forged Host matching a forged Origin is refused', async () => {
    const forged = { host: 'evil.example', origin: 'http://evil.example' };
    expect(await rawPost(behindProxy, forged)).toBe(403);
    expect(await socketOpens(behindProxy, { cookie: proxyCookie, ...forged })).toBe(false);
    // Nor does the server's own address stand in for the public origin.
    expect(await rawPost(behindProxy, { origin: behindProxy.url })).toBe(403);
    expect(await socketOpens(behindProxy, { cookie: proxyCookie, origin: behindProxy.url })).toBe(
      false,
    );
    // Same host, other scheme or port.
    expect(await rawPost(behindProxy, { origin: 'http://mockloop.example' })).toBe(403);
    expect(await rawPost(behindProxy, { origin: 'https://mockloop.example:8443' })).toBe(403);
  });
});
