import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connectSocket, type Socket } from 'socket.io-client';
import { PROTOCOL_VERSION, type ErrorBody } from '@mockloop/shared';
import type { TestServer, TestSocket } from '../../integration/helpers/startTestServer';
import { socketHandshake, startAuthServer } from '../../integration/auth/authHttp';

/** Issue 10's socket findings: floods of events and of unauthenticated connections. */
let server: TestServer;
beforeAll(async () => {
  server = await startAuthServer();
});
afterAll(async () => {
  await server.stop();
});

/** Opens a raw client and resolves once the server has refused it; the client stays open. */
function refused(
  headers: Record<string, string>,
  transport: 'websocket' | 'polling',
): Promise<Socket> {
  const socket = connectSocket(server.url, {
    transports: [transport],
    forceNew: true,
    reconnection: false,
    extraHeaders: headers,
    auth: { protocol: PROTOCOL_VERSION },
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => reject(new Error('an unauthenticated socket connected')));
    socket.once('connect_error', () => resolve(socket));
  });
}

describe('unauthenticated sockets', () => {
  it('are refused at the transport, so none holds an engine connection open', async () => {
    // A bare Engine.IO handshake, as a flooding script sends it and never closes: before the fix
    // each one opened a connection that lived about 45 s.
    const bare = await Promise.all(Array.from({ length: 60 }, () => socketHandshake(server, {})));
    expect(bare.every((answer) => answer.status === 403)).toBe(true);
    const clients = await Promise.all([
      ...Array.from({ length: 30 }, () => refused({}, 'websocket')),
      ...Array.from({ length: 10 }, () =>
        refused({ cookie: 'mockloop_session=' + 'z'.repeat(43) }, 'polling'),
      ),
    ]);
    // Counted while every client is still open: a refusal must not wait for the client to leave.
    expect(server.app.io.engine.clientsCount).toBe(0);
    for (const socket of clients) socket.close();
  });
});

type FloodOutcome = { kind: 'served' } | { kind: 'dropped'; reason: string; said?: ErrorBody };

/** Sends `count` pings at once; settles when all are answered or the server drops the socket. */
function flood(socket: TestSocket, count: number): Promise<FloodOutcome> {
  return new Promise((resolve) => {
    let said: ErrorBody | undefined;
    let answered = 0;
    socket.on('system:closing', (reason) => (said = reason));
    socket.once('disconnect', (reason) =>
      resolve({ kind: 'dropped', reason, ...(said ? { said } : {}) }),
    );
    for (let i = 0; i < count; i++) {
      socket.emit('system:ping', { nonce: String(i) }, () => {
        answered += 1;
        if (answered === count) resolve({ kind: 'served' });
      });
    }
  });
}

describe('the per-socket event budget', () => {
  it('disconnects a socket that sends thousands of events at once, saying why', async () => {
    const abuser = await server.connect();
    const outcome = await flood(abuser, 2_000);
    expect(outcome).toEqual({
      kind: 'dropped',
      reason: 'io server disconnect',
      said: {
        code: 'rate_limited',
        message: expect.stringMatching(/too many messages/i) as string,
      },
    });
  });

  it('leaves a busy but reasonable socket alone', async () => {
    const socket = await server.connect();
    for (let i = 0; i < 100; i++) {
      const reply = await socket.emitWithAck('system:ping', { nonce: `n${i}` });
      expect(reply.ok).toBe(true);
    }
    expect(await flood(socket, 150)).toEqual({ kind: 'served' });
    expect(socket.connected).toBe(true);
  });
});
