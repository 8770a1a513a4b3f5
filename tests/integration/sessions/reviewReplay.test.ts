import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  encodeDocFrame,
  foldSessionReplay,
  fromWireEvent,
  RoomEvent,
  SessionEventsResponseSchema,
  SharedDocKey,
  type MeResponse,
  type SessionEvent,
} from '@mockloop/shared';
import { startPracticeServer, type Caller, type PracticeServer } from './practiceServer';

/*
 * An ended live interview read back the way the review page reads it: every page of
 * `GET /api/sessions/:id/events`, folded by `foldSessionReplay`. Each person's replay holds the
 * shared code and only their own notes.
 */

const NOTE = { interviewer: 'INTERVIEWER-ONLY-NOTE-4410', candidate: 'CANDIDATE-OWN-NOTE-2291' };
const DETAIL = 'JUDGE-DETAIL-7781';

let server: PracticeServer;
let interviewer: Caller;
let candidate: Caller;
let ids: { interviewer: string; candidate: string };
let sessionId: string;

async function userId(caller: Caller): Promise<string> {
  return (await caller.call<MeResponse>('GET', '/api/me')).body.user.id;
}

/** What the review page does: every page, three events at a time here. */
async function readAllPages(caller: Caller): Promise<SessionEvent[]> {
  const events: SessionEvent[] = [];
  let afterSeq: number | null = 0;
  while (afterSeq !== null) {
    const res = await caller.call(
      'GET',
      `/api/sessions/${sessionId}/events?afterSeq=${afterSeq}&limit=3`,
    );
    expect(res.status).toBe(200);
    const page = SessionEventsResponseSchema.parse(res.body);
    events.push(...page.events.map(fromWireEvent));
    afterSeq = page.nextAfterSeq;
  }
  return events;
}

beforeAll(async () => {
  server = await startPracticeServer();
  [interviewer, candidate] = await Promise.all([server.guest('Ivy'), server.guest('Cal')]);
  ids = { interviewer: await userId(interviewer), candidate: await userId(candidate) };
  // Setup through the store: the room's own handlers are tested in tests/integration/rooms.
  const session = await server.store.createSession({
    kind: 'interview',
    title: 'Ended interview',
    createdBy: ids.interviewer,
    participants: [
      { userId: ids.interviewer, role: 'interviewer' },
      { userId: ids.candidate, role: 'candidate' },
    ],
  });
  sessionId = session.id;
  const doc = new Y.Doc();
  const frames: Uint8Array<ArrayBuffer>[] = [];
  doc.on('update', (u: Uint8Array) => frames.push(encodeDocFrame(0, u)));
  doc.getText(SharedDocKey.Code).insert(0, 'function f() {}');
  doc.getText(SharedDocKey.Code).insert(15, ' // by the interviewer');
  const everyone = 'everyone' as const;
  await server.store.appendEvents(sessionId, [
    {
      actorId: ids.interviewer,
      type: RoomEvent.Present,
      visibility: everyone,
      payload: {
        round: 0,
        docIndex: 0,
        questionId: 'count-multiples',
        title: 'Count multiples',
        kind: 'coding',
        contentHash: 'abcdef12',
      },
    },
    {
      actorId: ids.candidate,
      type: RoomEvent.DocUpdate,
      visibility: everyone,
      payload: frames[0]!,
    },
    {
      actorId: ids.interviewer,
      type: RoomEvent.Note,
      visibility: 'author',
      payload: { text: NOTE.interviewer, round: 0 },
    },
    {
      actorId: ids.candidate,
      type: RoomEvent.Note,
      visibility: 'author',
      payload: { text: NOTE.candidate, round: 0 },
    },
    {
      actorId: ids.interviewer,
      type: RoomEvent.DocUpdate,
      visibility: everyone,
      payload: frames[1]!,
    },
    {
      actorId: ids.candidate,
      type: RoomEvent.RunDetail,
      visibility: 'interviewer',
      payload: { text: DETAIL },
    },
    { actorId: ids.interviewer, type: RoomEvent.Finish, visibility: everyone, payload: {} },
  ]);
  await server.store.updateSession(sessionId, { status: 'completed', endedAt: Date.now() });
});
afterAll(async () => {
  await server.stop();
});

describe('an ended interview as the review page reads it', () => {
  it('[AR3] replays the shared code for the candidate, with their own note and never the interviewer’s', async () => {
    const events = await readAllPages(candidate);
    const text = JSON.stringify(events);
    expect(text).not.toContain(NOTE.interviewer);
    expect(text).not.toContain(DETAIL); // [AR2]
    const replay = foldSessionReplay('interview', events);
    const part = replay.parts[0]!;
    expect(part.codeAt(replay.end)).toBe('function f() {} // by the interviewer');
    expect(replay.notesAt(replay.end).map((n) => n.text)).toEqual([NOTE.candidate]);
    expect(new Set(part.spans.map((s) => s.actorId))).toEqual(
      new Set([ids.candidate, ids.interviewer]),
    );
  });

  it('[AR3] gives the interviewer their own note only', async () => {
    const replay = foldSessionReplay('interview', await readAllPages(interviewer));
    expect(replay.notesAt(replay.end).map((n) => n.text)).toEqual([NOTE.interviewer]);
    const session = await interviewer.call<{ session: { status: string } }>(
      'GET',
      `/api/sessions/${sessionId}`,
    );
    // The page shows the review, not the live room, for a session in this state.
    expect(session.body.session.status).toBe('completed');
  });
});
