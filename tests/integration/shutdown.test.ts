import { describe, expect, it } from 'vitest';
import { io } from 'socket.io-client';
import { PROTOCOL_VERSION } from '@mockloop/shared';
import { startBuiltServer } from '../e2e/helpers/startBuiltServer';

describe('graceful shutdown', () => {
  it('on SIGTERM closes sockets and exits 0 within 10 s', async () => {
    const server = await startBuiltServer({}, { requireBuiltClient: false });
    const signIn = await fetch(`${server.url}/api/auth/guest`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ displayName: 'Shutdown tester' }),
    });
    const cookie = signIn.headers.get('set-cookie')?.split(';')[0] ?? '';
    const socket = io(server.url, {
      transports: ['websocket'],
      reconnection: false,
      auth: { protocol: PROTOCOL_VERSION },
      extraHeaders: { cookie },
    });
    await new Promise<void>((resolve, reject) => {
      socket.once('connect', resolve);
      socket.once('connect_error', reject);
    });
    const disconnected = new Promise<string>((resolve) => socket.once('disconnect', resolve));

    const started = Date.now();
    server.kill('SIGTERM');
    const code = await server.exited;
    expect(code, server.output()).toBe(0);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await disconnected).toBeTruthy();
    await expect(fetch(`${server.url}/api/health`)).rejects.toThrow();
    socket.close();
    await server.stop();
  });
});
