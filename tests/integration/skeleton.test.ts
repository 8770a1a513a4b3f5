import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './helpers/startTestServer';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.stop();
});

describe('HTTP skeleton', () => {
  it('answers GET /api/health with { ok: true }', async () => {
    const res = await fetch(`${server.url}/api/health`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
    expect(res.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers an unknown /api route with 404 in the error shape, not the SPA page', async () => {
    const res = await fetch(`${server.url}/api/does-not-exist`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      error: { code: 'not_found', message: 'No route GET /api/does-not-exist.' },
    });
  });

  it('answers malformed JSON with 400 in the error shape', async () => {
    const res = await fetch(`${server.url}/api/health`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"unterminated',
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      error: { code: 'bad_request', message: 'Request body is not valid JSON.' },
    });
  });

  it('answers an oversized body with 413 in the error shape', async () => {
    const res = await fetch(`${server.url}/api/health`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ blob: 'x'.repeat(200_000) }),
    });
    expect(res.status).toBe(413);
    expect((await res.json()) as unknown).toMatchObject({ error: { code: 'payload_too_large' } });
  });

  it('sends a CSP that allows blob: workers and nothing from other hosts', async () => {
    const res = await fetch(`${server.url}/api/health`);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).not.toMatch(/https?:\/\//);
  });
});

describe('socket skeleton', () => {
  it('round-trips system:ping through the ack', async () => {
    const socket = await server.connect();
    const reply = await socket.emitWithAck('system:ping', { nonce: 'n-1' });
    expect(reply.ok).toBe(true);
    if (reply.ok) {
      expect(reply.data.nonce).toBe('n-1');
      expect(Math.abs(reply.data.serverTime - Date.now())).toBeLessThan(5_000);
    }
  });

  it('rejects a malformed payload with { ok: false } and stays connected', async () => {
    const socket = await server.connect();
    // Deliberately outside the typed contract, as a hostile client would send it.
    const raw = socket as unknown as {
      emitWithAck(event: string, payload: unknown): Promise<unknown>;
    };
    for (const bad of [{}, { nonce: 42 }, 'text', null, { nonce: 'x'.repeat(65) }]) {
      const reply = await raw.emitWithAck('system:ping', bad);
      expect(reply).toMatchObject({ ok: false, error: { code: 'validation_failed' } });
    }
    const good = await socket.emitWithAck('system:ping', { nonce: 'still-here' });
    expect(good).toMatchObject({ ok: true, data: { nonce: 'still-here' } });
  });
});
