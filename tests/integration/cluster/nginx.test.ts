import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { io as connectSocket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROTOCOL_VERSION, type CreateInterviewResponse } from '@mockloop/shared';
import { startTestServer, type TestServer, type TestSocket } from '../helpers/startTestServer';
import { SMALL_BANK } from '../sessions/practiceServer';
import { nginxUnavailable, startNginx, type NginxProxy } from './nginxProxy';

// deploy/nginx.conf in front of two nodes on one store.
const skipReason = nginxUnavailable();
if (skipReason) console.warn(skipReason);

let dataDir: string;
let nodes: TestServer[];
let proxy: NginxProxy;
const served = new Map<TestServer, number>();

interface RequestOptions {
  method?: string;
  headers?: Record<string, string>;
  body?: string;
  localAddress?: string;
}

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/**
 * node:http(s) rather than fetch: it trusts the throw-away certificate without touching globals
 * and can pick the client's own loopback address.
 */
function request(
  url: string,
  { method = 'GET', headers = {}, body, localAddress }: RequestOptions = {},
): Promise<Answer> {
  const client = url.startsWith('https:') ? https : http;
  return new Promise<Answer>((resolve, reject) => {
    const options = { method, headers, ca: proxy.ca, ...(localAddress ? { localAddress } : {}) };
    const req = client.request(url, options, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (text += chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }),
      );
    });
    req.once('error', reject);
    req.end(body);
  });
}

async function guestThroughProxy(): Promise<string> {
  const res = await fetch(`${proxy.url}/api/auth/guest`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ displayName: 'Proxied guest' }),
  });
  expect(res.status).toBe(201);
  return res.headers.get('set-cookie')?.split(';')[0] ?? '';
}

describe.skipIf(skipReason)('deploy/nginx.conf in front of two nodes', () => {
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-nginx-nodes-'));
    const env = { DATA_DIR: dataDir, QUESTION_BANK_DIR: SMALL_BANK };
    // One after the other: the first creates the SQLite file and runs its migrations.
    const first = await startTestServer(env);
    nodes = [first, await startTestServer(env)];
    for (const node of nodes) {
      served.set(node, 0);
      node.app.httpServer.on('request', () => served.set(node, (served.get(node) ?? 0) + 1));
    }
    proxy = await startNginx(nodes.map((node) => Number(new URL(node.url).port)));
  });

  afterAll(async () => {
    await proxy?.stop();
    for (const node of nodes ?? []) await node.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('signs in through nginx and keeps every request of that cookie on one node', async () => {
    const cookie = await guestThroughProxy();
    const before = nodes.map((node) => served.get(node) ?? 0);
    for (let i = 0; i < 10; i += 1) {
      const res = await fetch(`${proxy.url}/api/auth/viewer`, { headers: { cookie } });
      const body = (await res.json()) as { user: { displayName: string } | null };
      expect(body.user?.displayName).toBe('Proxied guest');
    }
    const counts = nodes.map((node, i) => (served.get(node) ?? 0) - (before[i] ?? 0));
    expect(counts.sort()).toEqual([0, 10]);
  });

  it.each([['websocket'], ['polling']])(
    'opens a socket through nginx over %s',
    async (transport) => {
      const cookie = await guestThroughProxy();
      const socket: TestSocket = connectSocket(proxy.url, {
        transports: [transport],
        forceNew: true,
        reconnection: false,
        auth: { protocol: PROTOCOL_VERSION },
        extraHeaders: { cookie },
      });
      try {
        const hello = await new Promise<{ protocol: number }>((resolve, reject) => {
          socket.once('system:hello', resolve);
          socket.once('connect_error', reject);
        });
        expect(hello.protocol).toBe(PROTOCOL_VERSION);
        expect(socket.io.engine.transport.name).toBe(transport);
      } finally {
        socket.close();
      }
    },
  );

  it('lets the app see the forwarded protocol and host (TRUST_PROXY): https origin, Secure cookie', async () => {
    const json = { 'content-type': 'application/json' };
    const plain = await fetch(`${proxy.url}/api/auth/guest`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ displayName: 'Plain' }),
    });
    expect(plain.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);

    const signIn = await request(`${proxy.httpsUrl}/api/auth/guest`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ displayName: 'Encrypted' }),
    });
    expect(signIn.status).toBe(201);
    const setCookie = String(signIn.headers['set-cookie']);
    expect(setCookie).toMatch(/;\s*Secure/i);
    // The browser's Origin names the proxy's https address; the node must agree it is its own.
    const created = await request(`${proxy.httpsUrl}/api/interviews`, {
      method: 'POST',
      headers: { ...json, cookie: setCookie.split(';')[0] ?? '', origin: proxy.httpsUrl },
      body: JSON.stringify({ format: 'coding' }),
    });
    expect(created.status).toBe(201);
    const { inviteUrl } = JSON.parse(created.body) as CreateInterviewResponse;
    expect(inviteUrl.startsWith(`${proxy.httpsUrl}/join/`)).toBe(true);
  });

  it("keys per-address limits on the client's address, not nginx's", async () => {
    const cookie = await guestThroughProxy();
    // nginx listens on 127.0.0.1; these clients connect from other loopback addresses.
    const preview = (localAddress: string) =>
      request(`${proxy.url}/api/interviews/invites/${'x'.repeat(22)}`, {
        headers: { cookie },
        localAddress,
      });
    // Invite look-ups: a burst of 60 per address, refilling (the cookie keeps them on one node).
    let allowed = 0;
    while ((await preview('127.0.0.2')).status !== 429 && allowed < 200) allowed += 1;
    expect(allowed).toBeGreaterThanOrEqual(60);
    expect(allowed).toBeLessThan(200);
    expect((await preview('127.0.0.3')).status).not.toBe(429);
  });
});
