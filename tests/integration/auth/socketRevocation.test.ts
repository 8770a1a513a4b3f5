import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Ack, PongData } from '@mockloop/shared';
import type { TestServer, TestSocket } from '../helpers/startTestServer';
import { call, guest, post, register, startAuthServer } from './authHttp';

let server: TestServer;
beforeAll(async () => {
  server = await startAuthServer();
});
afterAll(async () => {
  await server.stop();
});

/** Resolves with the reason once the server drops `socket`. */
function dropped(socket: TestSocket): Promise<string> {
  return new Promise((resolve) => socket.once('disconnect', (reason) => resolve(reason)));
}

async function stillAlive(socket: TestSocket): Promise<boolean> {
  const reply = (await socket
    .timeout(2_000)
    .emitWithAck('system:ping', { nonce: 'alive' })) as Ack<PongData>;
  return reply.ok;
}

describe('open sockets follow the sign-in they were opened with', () => {
  it('sign-out drops every socket opened with that cookie, and only those', async () => {
    const a = await guest(server, 'Signing out');
    const b = await guest(server, 'Bystander');
    const [first, second, bystander] = await Promise.all([
      server.connect({ cookie: a.cookie }),
      server.connect({ cookie: a.cookie }),
      server.connect({ cookie: b.cookie }),
    ]);
    const drops = Promise.all([dropped(first), dropped(second)]);
    expect((await post(server, '/api/auth/signout', undefined, a.cookie)).status).toBe(204);
    expect(await drops).toEqual(['io server disconnect', 'io server disconnect']);
    expect(await stillAlive(bystander)).toBe(true);
  });

  it('signing out one browser leaves the same person’s other browser connected', async () => {
    const laptop = await register(server, 'two-browsers', 'a long passphrase 1');
    const phone = await post(server, '/api/auth/signin', {
      username: 'two-browsers',
      password: 'a long passphrase 1',
    });
    const laptopSocket = await server.connect({ cookie: laptop.cookie });
    const phoneSocket = await server.connect({ cookie: phone.cookie! });
    const drop = dropped(laptopSocket);
    await post(server, '/api/auth/signout', undefined, laptop.cookie);
    expect(await drop).toBe('io server disconnect');
    expect(await stillAlive(phoneSocket)).toBe(true);

    // A guest signing in to that account is removed, and so is its socket.
    const g = await guest(server, 'Guest on the phone');
    const guestSocket = await server.connect({ cookie: g.cookie });
    const guestDrop = dropped(guestSocket);
    const res = await post(
      server,
      '/api/auth/signin',
      { username: 'two-browsers', password: 'a long passphrase 1' },
      g.cookie,
    );
    expect(res.status).toBe(200);
    expect(await guestDrop).toBe('io server disconnect');
    expect(await stillAlive(phoneSocket)).toBe(true);
  });

  it('[AR8] deleting the account drops all of the person’s sockets', async () => {
    const leaving = await guest(server, 'Deleting myself');
    const socket = await server.connect({ cookie: leaving.cookie });
    const drop = dropped(socket);
    const res = await call(server, '/api/me', { method: 'DELETE', cookie: leaving.cookie });
    expect(res.status).toBe(204);
    expect(await drop).toBe('io server disconnect');
  });
});
