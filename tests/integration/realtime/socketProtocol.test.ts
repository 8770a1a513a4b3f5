import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connectSocket } from 'socket.io-client';
import {
  isProtocolMismatch,
  PROTOCOL_VERSION,
  WireSessionEventSchema,
  type Ack,
  type HelloData,
  type SessionEventsData,
} from '@mockloop/shared';
import { guest } from '../auth/authHttp';
import { startTestServer, type TestServer, type TestSocket } from '../helpers/startTestServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

/** The refusal a handshake with this `auth` payload gets, or `null` when it connects. */
async function refusal(auth: Record<string, unknown>): Promise<unknown> {
  return server.connect({ auth }).then(
    (socket) => {
      socket.close();
      return null;
    },
    (error: unknown) => error,
  );
}

describe('protocol version in the handshake', () => {
  it('refuses an older, newer or silent client with protocol_mismatch, before the cookie', async () => {
    for (const auth of [{ protocol: PROTOCOL_VERSION - 1 }, { protocol: 999 }, {}]) {
      const error = await refusal(auth);
      expect(isProtocolMismatch(error), JSON.stringify(auth)).toBe(true);
      expect(error).toMatchObject({
        message: 'MockLoop was updated; reload the page.',
        data: { code: 'protocol_mismatch', serverProtocol: PROTOCOL_VERSION },
      });
    }
  });

  it('accepts the current version and says hello with it', async () => {
    const { cookie } = await guest(server, 'Current');
    const socket: TestSocket = connectSocket(server.url, {
      transports: ['websocket'],
      reconnection: false,
      auth: { protocol: PROTOCOL_VERSION },
      extraHeaders: { cookie },
    });
    // Listening before the handshake completes: the server greets as soon as it accepts.
    const hello = await new Promise<HelloData>((resolve) => socket.once('system:hello', resolve));
    expect(hello.protocol).toBe(PROTOCOL_VERSION);
    expect((await socket.emitWithAck('system:ping', { nonce: 'n' })).ok).toBe(true);
    socket.close();
  });
});

describe('one binary form', () => {
  it('sends binary payloads as raw bytes over the socket and as tagged base64 over REST', async () => {
    const { cookie, user } = await guest(server, 'Binary');
    const session = await server.store.createSession({
      kind: 'practice',
      createdBy: user.id,
      participants: [{ userId: user.id, role: 'candidate' }],
    });
    const lookalike = { encoding: 'base64', data: 'AAD/' };
    await server.store.appendEvents(session.id, [
      {
        actorId: user.id,
        type: 'code:yjs',
        payload: Uint8Array.of(0, 0, 255),
        visibility: 'everyone',
      },
      { actorId: user.id, type: 'chat:message', payload: lookalike, visibility: 'everyone' },
    ]);

    const socket = await server.connect({ cookie });
    const reply = (await socket
      .timeout(5_000)
      .emitWithAck('session:events', { sessionId: session.id })) as Ack<SessionEventsData>;
    if (!reply.ok) throw new Error(reply.error.message);
    const [bytes, json] = reply.data.events;
    expect(bytes?.payloadKind).toBe('binary');
    expect(Buffer.isBuffer(bytes?.payload)).toBe(true);
    expect([...(bytes?.payload as Buffer)]).toEqual([0, 0, 255]);
    expect(json).toMatchObject({ payloadKind: 'json', payload: lookalike });

    const res = await fetch(`${server.url}/api/sessions/${session.id}/events`, {
      headers: { cookie },
    });
    const { events } = (await res.json()) as { events: unknown[] };
    expect(events.map((e) => WireSessionEventSchema.parse(e))).toMatchObject([
      { seq: 1, payloadKind: 'binary', payload: 'AAD/' },
      { seq: 2, payloadKind: 'json', payload: lookalike },
    ]);
  });
});
