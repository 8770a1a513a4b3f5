import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { io as connectSocket } from 'socket.io-client';
import { PROTOCOL_VERSION } from '@mockloop/shared';
import type { TestServer } from '../helpers/startTestServer';
import {
  call,
  CROSS_SITE_SOCKET,
  post,
  SESSION_EXPIRED,
  SIGN_IN_FIRST,
  socketHandshake,
  startAuthServer,
} from './authHttp';
import {
  eventsOverBoth,
  restEvents,
  SECRET,
  sharedInterview,
  socketEvents,
  type SharedInterview,
} from './sharedInterview';

/**
 * One test per rule of docs/access-rules.md, each trying to break it over REST and over a socket.
 * AR4 and AR5 have no REST or socket surface yet: see server/src/auth/access.test.ts.
 * AR6 and AR8 (export, deletion): see meData.test.ts.
 */
let server: TestServer;
let world: SharedInterview;
beforeAll(async () => {
  server = await startAuthServer();
  world = await sharedInterview(server);
});
afterAll(async () => {
  await server.stop();
});

/** Connects a raw socket.io client; resolves once connected or rejects with the refusal. */
function rawSocket(headers: Record<string, string>, transport: 'websocket' | 'polling') {
  const socket = connectSocket(server.url, {
    transports: [transport],
    forceNew: true,
    reconnection: false,
    auth: { protocol: PROTOCOL_VERSION },
    extraHeaders: headers,
  });
  return new Promise<void>((resolve, reject) => {
    socket.once('connect', () => {
      socket.close();
      resolve();
    });
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

const PROTECTED: [string, string][] = [
  ['GET', '/api/me'],
  ['DELETE', '/api/me'],
  ['GET', '/api/me/export'],
  ['GET', '/api/sessions'],
  ['GET', '/api/sessions/some-id'],
  ['GET', '/api/sessions/some-id/events'],
  ['POST', '/api/runs'],
];

describe('[AR0] a signed-in user is needed for everything that acts for a person', () => {
  it('[AR0] anonymous REST calls to protected routes get 401 in the error shape', async () => {
    for (const cookie of [undefined, 'mockloop_session=' + 'x'.repeat(43), 'other=1']) {
      for (const [method, path] of PROTECTED) {
        const body = method === 'POST' ? { questionId: 'two-sum', code: '' } : undefined;
        const res = await call(server, path, { method, cookie, body });
        expect(res.status, `${method} ${path}`).toBe(401);
        expect(res.body).toEqual({ error: { code: 'unauthorized', message: 'Sign in first.' } });
      }
    }
  });

  it('[AR0] public reads and the sign-in routes stay open; unknown /api routes are 404', async () => {
    expect((await call(server, '/api/health')).status).toBe(200);
    expect((await call(server, '/api/questions')).status).toBe(200);
    expect((await post(server, '/api/auth/signout', undefined)).status).toBe(204);
    for (const [method, path] of [
      ['GET', '/api/nope'],
      ['POST', '/api/nope'],
      ['GET', '/api/sessionsx'],
      ['PUT', '/api/auth/guest'],
    ] as const) {
      const res = await call(server, path, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(res.body).toMatchObject({ error: { code: 'not_found' } });
    }
    // Signed in, an unknown path below a protected prefix is a plain 404 too.
    const res = await call(server, '/api/me/nope', { cookie: world.stranger.cookie });
    expect(res.status).toBe(404);
  });

  it('[AR0] an anonymous or unknown-cookie socket is refused at the transport with a clear reason', async () => {
    const unknown = 'mockloop_session=' + 'y'.repeat(43);
    for (const transport of ['websocket', 'polling'] as const) {
      await expect(rawSocket({}, transport)).rejects.toThrow();
      await expect(rawSocket({ cookie: unknown }, transport)).rejects.toThrow();
      await expect(rawSocket({ cookie: world.stranger.cookie }, transport)).resolves.toBe(
        undefined,
      );
    }
    expect(await socketHandshake(server, {})).toEqual(SIGN_IN_FIRST);
    expect(await socketHandshake(server, { cookie: unknown })).toEqual(SESSION_EXPIRED);
  });
});

describe('[AR1] a session is visible only to its participants', () => {
  it('[AR1] a stranger gets the same 404 for a real session as for a made-up id, REST and socket', async () => {
    const { stranger, sharedId, candidateSoloId } = world;
    const missing = await call(server, '/api/sessions/no-such-session', {
      cookie: stranger.cookie,
    });
    expect(missing.status).toBe(404);
    for (const id of [sharedId, candidateSoloId]) {
      const res = await call(server, `/api/sessions/${id}`, { cookie: stranger.cookie });
      expect(res.status).toBe(404);
      expect(res.body).toEqual(missing.body);
      expect(await eventsOverBoth(server, stranger, id)).toEqual({ error: '404 not_found' });
      expect(await restEvents(server, stranger, id, '?afterSeq=0&limit=1')).toEqual({
        error: '404 not_found',
      });
      expect(await socketEvents(stranger, id, 0)).toEqual({ error: '404 not_found' });
    }
    expect(await eventsOverBoth(server, stranger, 'no-such-session')).toEqual({
      error: '404 not_found',
    });
  });

  it('[AR1] each person lists and opens only their own sessions', async () => {
    const { candidate, interviewer, stranger, sharedId, candidateSoloId, strangerSoloId } = world;
    const ids = async (cookie: string) =>
      (
        (await call(server, '/api/sessions', { cookie })).body as { sessions: { id: string }[] }
      ).sessions
        .map((s) => s.id)
        .sort();
    expect(await ids(candidate.cookie)).toEqual([sharedId, candidateSoloId].sort());
    expect(await ids(interviewer.cookie)).toEqual([sharedId]);
    expect(await ids(stranger.cookie)).toEqual([strangerSoloId]);

    for (const who of [candidate, interviewer]) {
      const res = await call(server, `/api/sessions/${sharedId}`, { cookie: who.cookie });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ session: { id: sharedId } });
      expect(await eventsOverBoth(server, who, strangerSoloId)).toEqual({ error: '404 not_found' });
    }
    expect(await eventsOverBoth(server, interviewer, candidateSoloId)).toEqual({
      error: '404 not_found',
    });
  });
});

describe('[AR2] interviewer-only events reach only the current interviewer', () => {
  it('[AR2] the candidate never receives interviewer events, whatever the cursor', async () => {
    const { candidate, interviewer, sharedId } = world;
    const asCandidate = await eventsOverBoth(server, candidate, sharedId);
    expect(asCandidate).toMatchObject({ seqs: [1, 3, 5] });
    expect(JSON.stringify(asCandidate)).not.toContain(SECRET.interviewerHint);
    // Asking from just before the hidden event, or for one event, still skips it.
    expect(await restEvents(server, candidate, sharedId, '?afterSeq=1&limit=1')).toMatchObject({
      seqs: [3],
    });
    expect(await socketEvents(candidate, sharedId, 1)).toMatchObject({ seqs: [3, 5] });

    const asInterviewer = await eventsOverBoth(server, interviewer, sharedId);
    expect(asInterviewer).toMatchObject({ seqs: [1, 2, 4, 5] });
    expect(JSON.stringify(asInterviewer)).toContain(SECRET.interviewerHint);
  });

  it('[AR2] after a role swap the new interviewer sees them and the old one no longer does', async () => {
    const swap = await sharedInterview(server);
    await server.store.setParticipantRole(swap.sharedId, swap.interviewer.user.id, 'candidate');
    await server.store.setParticipantRole(swap.sharedId, swap.candidate.user.id, 'interviewer');
    const oldInterviewer = await eventsOverBoth(server, swap.interviewer, swap.sharedId);
    expect(oldInterviewer).toMatchObject({ seqs: [1, 4, 5] });
    expect(JSON.stringify(oldInterviewer)).not.toContain(SECRET.interviewerHint);
    expect(await eventsOverBoth(server, swap.candidate, swap.sharedId)).toMatchObject({
      seqs: [1, 2, 3, 5],
    });
  });
});

describe('[AR3] private notes reach only their author', () => {
  it('[AR3] neither side receives the other’s private notes, not even the interviewer', async () => {
    const { candidate, interviewer, sharedId } = world;
    const asCandidate = JSON.stringify(await eventsOverBoth(server, candidate, sharedId));
    const asInterviewer = JSON.stringify(await eventsOverBoth(server, interviewer, sharedId));
    expect(asCandidate).toContain(SECRET.candidateNote);
    expect(asCandidate).not.toContain(SECRET.interviewerNote);
    expect(asInterviewer).toContain(SECRET.interviewerNote);
    expect(asInterviewer).not.toContain(SECRET.candidateNote);
  });
});

describe('[AR7] requests and sockets from another site are refused', () => {
  const evil = 'https://evil.example';

  it('[AR7] a state-changing request with a foreign Origin or Sec-Fetch-Site gets 403', async () => {
    const foreign: Record<string, string>[] = [
      { origin: evil },
      { origin: 'null' },
      { origin: server.url.replace(/:\d+$/, ':1') },
      { 'sec-fetch-site': 'cross-site' },
      { 'sec-fetch-site': 'same-site' },
      { origin: server.url, 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of foreign) {
      const guestTry = await call(server, '/api/auth/guest', {
        method: 'POST',
        body: { displayName: 'Forged' },
        headers,
      });
      expect(guestTry.status, JSON.stringify(headers)).toBe(403);
      expect(guestTry.body).toMatchObject({ error: { code: 'forbidden' } });
      expect(guestTry.setCookies).toEqual([]);
    }
    // The same requests from this site's own pages go through.
    for (const headers of [{ origin: server.url }, { 'sec-fetch-site': 'same-origin' }, {}]) {
      const ok = await call(server, '/api/auth/guest', {
        method: 'POST',
        body: { displayName: 'Welcome' },
        headers,
      });
      expect(ok.status, JSON.stringify(headers)).toBe(201);
    }
  });

  it('[AR7] a forged sign-out, sign-in or account deletion with the victim’s cookie does nothing', async () => {
    const { stranger } = world;
    for (const [method, path] of [
      ['POST', '/api/auth/signout'],
      ['POST', '/api/auth/signin'],
      ['POST', '/api/auth/register'],
      ['DELETE', '/api/me'],
    ] as const) {
      const body =
        method === 'POST' ? { username: 'attacker', password: 'attacker pass 1' } : undefined;
      const res = await call(server, path, {
        method,
        cookie: stranger.cookie,
        body,
        headers: { origin: evil, 'sec-fetch-site': 'cross-site' },
      });
      expect(res.status, `${method} ${path}`).toBe(403);
      expect(res.setCookies).toEqual([]);
    }
    const stillThere = await call(server, '/api/me', { cookie: stranger.cookie });
    expect(stillThere.status).toBe(200);
    expect(await server.store.findUserByUsername('attacker')).toBeNull();
  });

  it('[AR7] a socket opened from another origin is refused even with a valid cookie', async () => {
    for (const transport of ['websocket', 'polling'] as const) {
      for (const origin of [evil, 'null', server.url.replace(/:\d+$/, ':1')]) {
        await expect(
          rawSocket({ cookie: world.stranger.cookie, origin }, transport),
        ).rejects.toThrow();
        expect(await socketHandshake(server, { cookie: world.stranger.cookie, origin })).toEqual(
          CROSS_SITE_SOCKET,
        );
      }
      await expect(
        rawSocket({ cookie: world.stranger.cookie, origin: server.url }, transport),
      ).resolves.toBe(undefined);
    }
  });
});
