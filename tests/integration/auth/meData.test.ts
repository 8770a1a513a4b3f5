import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me, Session, WireSessionEvent } from '@mockloop/shared';
import type { TestServer } from '../helpers/startTestServer';
import {
  call,
  me,
  post,
  register,
  startAuthServer,
  SESSION_EXPIRED,
  socketHandshake,
} from './authHttp';
import { eventsOverBoth, SECRET, sharedInterview } from './sharedInterview';

interface Export {
  exportedAt: string;
  user: Me;
  sessions: { session: Session; events: WireSessionEvent[] }[];
}

let server: TestServer;
beforeAll(async () => {
  server = await startAuthServer();
});
afterAll(async () => {
  await server.stop();
});

async function exportOf(cookie: string): Promise<{ data: Export; text: string }> {
  const res = await fetch(`${server.url}/api/me/export`, { headers: { cookie } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-disposition')).toMatch(/^attachment;/);
  const text = await res.text();
  return { data: JSON.parse(text) as Export, text };
}

function seqsBySession(data: Export): Record<string, number[]> {
  return Object.fromEntries(
    data.sessions.map(({ session, events }) => [session.id, events.map((e) => e.seq)]),
  );
}

describe('[AR6] GET /api/me/export holds only the user’s own data', () => {
  it('[AR6] each participant’s export holds what AR1–AR3 let them see and nothing else', async () => {
    const world = await sharedInterview(server);
    const account = await register(
      server,
      'exporter',
      'a long passphrase 1',
      world.candidate.cookie,
    );

    const candidate = await exportOf(account.cookie);
    expect(candidate.data.user).toEqual(account.user);
    expect(seqsBySession(candidate.data)).toEqual({
      [world.sharedId]: [1, 3, 5],
      [world.candidateSoloId]: [1],
    });
    expect(candidate.text).toContain(SECRET.candidateNote);
    for (const secret of [SECRET.interviewerHint, SECRET.interviewerNote, SECRET.strangerSolo]) {
      expect(candidate.text).not.toContain(secret);
    }
    expect(candidate.text).not.toMatch(/passwordHash|scrypt\$/);
    expect(candidate.text).not.toContain(world.strangerSoloId);

    const interviewer = await exportOf(world.interviewer.cookie);
    expect(seqsBySession(interviewer.data)).toEqual({ [world.sharedId]: [1, 2, 4, 5] });
    expect(interviewer.text).not.toContain(SECRET.candidateNote);
    expect(interviewer.text).not.toContain(world.candidateSoloId);

    const stranger = await exportOf(world.stranger.cookie);
    expect(seqsBySession(stranger.data)).toEqual({ [world.strangerSoloId]: [1] });
    expect(stranger.text).not.toContain(world.sharedId);
  });

  it('[AR6] exports every session, past the first page of the store’s listing', async () => {
    const world = await sharedInterview(server);
    const { id } = world.stranger.user;
    for (let i = 0; i < 104; i++) {
      await server.store.createSession({
        kind: 'practice',
        createdBy: id,
        participants: [{ userId: id, role: 'candidate' }],
      });
    }
    const { data } = await exportOf(world.stranger.cookie);
    expect(new Set(data.sessions.map((s) => s.session.id)).size).toBe(105);
  });
});

describe('[AR8] DELETE /api/me removes the person, their sign-ins and solo sessions', () => {
  it('[AR8] solo sessions go; in a shared one they become a former participant and lose access', async () => {
    const world = await sharedInterview(server);
    const first = await register(server, 'leaver', 'a long passphrase 1', world.candidate.cookie);
    const second = await post(server, '/api/auth/signin', {
      username: 'leaver',
      password: 'a long passphrase 1',
    });
    expect(second.status).toBe(200);
    const liveSocket = await server.connect({ cookie: first.cookie });
    const liveDropped = new Promise((resolve) => liveSocket.once('disconnect', resolve));

    const res = await call(server, '/api/me', { method: 'DELETE', cookie: first.cookie });
    expect(res.status).toBe(204);
    expect(res.setCookies[0]).toMatch(/^mockloop_session=;.*Max-Age=0/);

    // Every sign-in is gone, not only the one that asked.
    expect(await me(server, first.cookie)).toBeUndefined();
    expect(await me(server, second.cookie!)).toBeUndefined();
    await expect(server.connect({ cookie: second.cookie! })).rejects.toThrow();
    expect(await socketHandshake(server, { cookie: second.cookie! })).toEqual(SESSION_EXPIRED);
    expect(await server.store.getUser(first.user.id)).toBeNull();
    expect(await server.store.getSession(world.candidateSoloId)).toBeNull();

    // The interviewer keeps the interview, with the candidate shown as a former participant.
    const shared = await call(server, `/api/sessions/${world.sharedId}`, {
      cookie: world.interviewer.cookie,
    });
    expect(shared.status).toBe(200);
    const { participants } = (shared.body as { session: Session }).session;
    expect(participants.find((p) => p.userId === first.user.id)).toMatchObject({ former: true });
    expect(await eventsOverBoth(server, world.interviewer, world.sharedId)).toMatchObject({
      seqs: [1, 2, 4, 5],
    });
    // Their private notes are erased, not just hidden.
    const all = await server.store.readAllEvents(world.sharedId);
    expect(JSON.stringify(all)).not.toContain(SECRET.candidateNote);

    // A socket the person opened before deleting is dropped (and so was the guest's, whose
    // cookie registering replaced).
    expect(await liveDropped).toBe('io server disconnect');
    expect(world.candidate.socket.connected).toBe(false);

    // The username is free again, and the new account is a stranger to the old sessions.
    const again = await register(server, 'leaver', 'another passphrase');
    expect(again.user.id).not.toBe(first.user.id);
    const old = await call(server, `/api/sessions/${world.sharedId}`, { cookie: again.cookie });
    expect(old.status).toBe(404);
  });

  it('[AR8] a guest can delete itself too', async () => {
    const world = await sharedInterview(server);
    const { stranger } = world;
    const res = await call(server, '/api/me', { method: 'DELETE', cookie: stranger.cookie });
    expect(res.status).toBe(204);
    expect(await me(server, stranger.cookie)).toBeUndefined();
    expect(await server.store.getSession(world.strangerSoloId)).toBeNull();
    expect(await server.store.getUser(stranger.user.id)).toBeNull();
  });
});
