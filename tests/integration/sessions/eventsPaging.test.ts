import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RoomEvent,
  SessionEventsResponseSchema,
  type MeResponse,
  type SessionEventsResponse,
} from '@mockloop/shared';
import { startPracticeServer, type Caller, type PracticeServer } from './practiceServer';

/*
 * `GET /api/sessions/:id/events` in pages (`limit`, `afterSeq`, `nextAfterSeq`), as the review
 * page loads a long session, and the access rules holding on every page.
 */

const SECRET = { note: 'INTERVIEWER-NOTE-5512', detail: 'RUN-DETAIL-9034' };

let server: PracticeServer;
let interviewer: Caller;
let candidate: Caller;
let stranger: Caller;
let sessionId: string;

async function userId(caller: Caller): Promise<string> {
  return (await caller.call<MeResponse>('GET', '/api/me')).body.user.id;
}

/** Every page from the start, `limit` at a time; checks each body against the schema. */
async function allPages(caller: Caller, limit: number) {
  const pages: SessionEventsResponse[] = [];
  let afterSeq = 0;
  for (;;) {
    const res = await caller.call(
      'GET',
      `/api/sessions/${sessionId}/events?afterSeq=${afterSeq}&limit=${limit}`,
    );
    expect(res.status).toBe(200);
    const page = SessionEventsResponseSchema.parse(res.body);
    pages.push(page);
    if (page.nextAfterSeq === null) return pages;
    afterSeq = page.nextAfterSeq;
  }
}

beforeAll(async () => {
  server = await startPracticeServer();
  [interviewer, candidate, stranger] = await Promise.all([
    server.guest('Interviewer'),
    server.guest('Candidate'),
    server.guest('Stranger'),
  ]);
  const [interviewerId, candidateId] = await Promise.all([userId(interviewer), userId(candidate)]);
  // Setup through the store: the room's own handlers are tested in tests/integration/rooms.
  const session = await server.store.createSession({
    kind: 'interview',
    title: 'Paged interview',
    createdBy: interviewerId,
    participants: [
      { userId: interviewerId, role: 'interviewer' },
      { userId: candidateId, role: 'candidate' },
    ],
  });
  sessionId = session.id;
  const chat = (text: string) => ({
    actorId: candidateId,
    type: RoomEvent.Chat,
    visibility: 'everyone' as const,
    payload: { text },
  });
  await server.store.appendEvents(sessionId, [
    chat('one'),
    {
      actorId: interviewerId,
      type: RoomEvent.Note,
      visibility: 'author',
      payload: { text: SECRET.note, round: 0 },
    },
    chat('two'),
    {
      actorId: interviewerId,
      type: RoomEvent.RunDetail,
      visibility: 'interviewer',
      payload: { text: SECRET.detail },
    },
    chat('three'),
    chat('four'),
    chat('five'),
  ]);
});
afterAll(async () => {
  await server.stop();
});

describe('reading a session’s events in pages', () => {
  it('gives every event once, in order, with nextAfterSeq null on the last page', async () => {
    const pages = await allPages(interviewer, 2);
    expect(pages.map((p) => p.events.map((e) => e.seq))).toEqual([[1, 2], [3, 4], [5, 6], [7]]);
    expect(pages.map((p) => p.nextAfterSeq)).toEqual([2, 4, 6, null]);
    // A page that ends exactly at the last event says so: no empty page after it.
    expect((await allPages(interviewer, 7)).map((p) => p.nextAfterSeq)).toEqual([null]);
    const whole = SessionEventsResponseSchema.parse(
      (await interviewer.call('GET', `/api/sessions/${sessionId}/events`)).body,
    );
    expect(whole.nextAfterSeq).toBeNull();
    expect(whole.events).toEqual(pages.flatMap((p) => p.events));
  });

  it('[AR2] [AR3] never gives the candidate an interviewer-only event or another’s note, on any page', async () => {
    for (const limit of [1, 2, 3]) {
      const pages = await allPages(candidate, limit);
      expect(pages.flatMap((p) => p.events.map((e) => e.seq))).toEqual([1, 3, 5, 6, 7]);
      const text = JSON.stringify(pages);
      expect(text).not.toContain(SECRET.note);
      expect(text).not.toContain(SECRET.detail);
    }
  });

  it('[AR1] answers a stranger 404, and bad paging 400', async () => {
    const res = await stranger.call<{ error: { code: string } }>(
      'GET',
      `/api/sessions/${sessionId}/events?afterSeq=0&limit=2`,
    );
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    for (const query of ['limit=0', 'limit=abc', 'afterSeq=-1', 'limit=10001', 'cursor=x']) {
      const bad = await interviewer.call<{ error: { code: string } }>(
        'GET',
        `/api/sessions/${sessionId}/events?${query}`,
      );
      expect(bad.status, query).toBe(400);
      expect(bad.body.error.code).toBe('validation_failed');
    }
  });
});
