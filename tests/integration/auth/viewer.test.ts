import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ViewerResponseSchema } from '@mockloop/shared';
import type { TestServer } from '../helpers/startTestServer';
import { call, guest, startAuthServer } from './authHttp';

let server: TestServer;
beforeAll(async () => {
  server = await startAuthServer();
});
afterAll(async () => {
  await server.stop();
});

describe('GET /api/auth/viewer (asked by the browser on every page load)', () => {
  it('answers 200 with user null for an anonymous visitor, or a cookie that signs no one in', async () => {
    for (const cookie of [undefined, 'mockloop_session=not-a-token']) {
      const res = await call(server, '/api/auth/viewer', { cookie });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ user: null });
    }
  });

  it('answers the signed-in person, in the shape the client checks, never a password hash', async () => {
    const { cookie, user } = await guest(server, 'Viewer');
    const res = await call(server, '/api/auth/viewer', { cookie });
    expect(res.status).toBe(200);
    expect(ViewerResponseSchema.parse(res.body)).toEqual({ user });
    expect(JSON.stringify(res.body)).not.toContain('passwordHash');
  });

  it('leaves GET /api/me as it was: 401 for an anonymous caller', async () => {
    expect((await call(server, '/api/me')).status).toBe(401);
  });
});
