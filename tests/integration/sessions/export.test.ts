import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  encodeDocFrame,
  RoomEvent,
  SharedDocKey,
  type MeResponse,
  type StartPracticeResponse,
  type Transcript,
} from '@mockloop/shared';
import { startPracticeServer, type Caller, type PracticeServer } from './practiceServer';

let server: PracticeServer;
let owner: Caller;
let stranger: Caller;

beforeAll(async () => {
  server = await startPracticeServer();
  owner = await server.guest('Owner');
  stranger = await server.guest('Stranger');
});
afterAll(async () => {
  await server.stop();
});

async function userId(caller: Caller): Promise<string> {
  return (await caller.call<MeResponse>('GET', '/api/me')).body.user.id;
}

async function rawExport(caller: Caller, id: string, format: string) {
  const res = await fetch(`${server.url}/api/sessions/${id}/export?format=${format}`, {
    headers: { cookie: caller.cookie },
  });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

describe('exporting a practice session', () => {
  it('gives its person a Markdown transcript with the final code and verdict, as a download', async () => {
    const start = await owner.call<StartPracticeResponse>('POST', '/api/sessions', {
      kind: 'practice',
      rounds: [{ questionId: 'count-multiples' }],
    });
    const id = start.body.session.id;
    const code = 'function countMultiples(n, k) { return Math.floor(n / k); } // MY-FINAL-CODE';
    const save = await owner.call('PUT', `/api/sessions/${id}/rounds/0/draft`, {
      revision: 1,
      draft: { kind: 'coding', language: 'javascript', code },
    });
    expect(save.status).toBe(200);
    expect((await owner.call('POST', `/api/sessions/${id}/rounds/0/end`)).status).toBe(200);
    await server.app.practice.idle();

    const md = await rawExport(owner, id, 'markdown');
    expect(md.status).toBe(200);
    expect(md.headers.get('content-disposition')).toContain(`mockloop-session-${id}.md`);
    expect(md.text).toContain('MY-FINAL-CODE');
    expect(md.text).toContain('Round 1 started');

    const json = await rawExport(owner, id, 'json');
    expect(json.status).toBe(200);
    const body = JSON.parse(json.text) as Transcript & { events: unknown[] };
    expect(body.finalWork[0]?.code).toBe(code);
    expect(body.events.length).toBeGreaterThan(0);
  });

  it('[AR1] answers 404 to anyone else, and 400 to an unknown format', async () => {
    const start = await owner.call<StartPracticeResponse>('POST', '/api/sessions', {
      kind: 'practice',
      rounds: [{ questionId: 'count-multiples' }],
    });
    const id = start.body.session.id;
    for (const format of ['markdown', 'json']) {
      expect((await rawExport(stranger, id, format)).status).toBe(404);
    }
    expect((await stranger.call('GET', `/api/sessions/${id}/transcript`)).status).toBe(404);
    const bad = await owner.call<{ error: { code: string } }>(
      'GET',
      `/api/sessions/${id}/export?format=pdf`,
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe('validation_failed');
  });
});

describe('exporting a live interview', () => {
  const NOTE = 'INTERVIEWER-PRIVATE-NOTE-7731';

  async function interviewWithNote() {
    const interviewer = await server.guest('Interviewer');
    const candidate = await server.guest('Candidate');
    const [interviewerId, candidateId] = await Promise.all([
      userId(interviewer),
      userId(candidate),
    ]);
    // Setup through the store: the room's own handlers are tested in tests/integration/rooms.
    const session = await server.store.createSession({
      kind: 'interview',
      title: 'Coding interview',
      createdBy: interviewerId,
      participants: [
        { userId: interviewerId, role: 'interviewer' },
        { userId: candidateId, role: 'candidate' },
      ],
    });
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getText(SharedDocKey.Code).insert(0, 'const shared = 1; // SHARED-CODE');
    await server.store.appendEvents(session.id, [
      {
        actorId: interviewerId,
        type: RoomEvent.Present,
        visibility: 'everyone',
        payload: {
          round: 0,
          docIndex: 0,
          questionId: 'count-multiples',
          title: 'Count multiples',
          kind: 'coding',
          contentHash: 'abcdef12',
        },
      },
      ...updates.map((u) => ({
        actorId: candidateId,
        type: RoomEvent.DocUpdate,
        visibility: 'everyone' as const,
        payload: encodeDocFrame(0, u),
      })),
      {
        actorId: candidateId,
        type: RoomEvent.Chat,
        visibility: 'everyone',
        payload: { text: 'hello' },
      },
      {
        actorId: interviewerId,
        type: RoomEvent.Note,
        visibility: 'author',
        payload: { text: NOTE, round: 0 },
      },
    ]);
    return { id: session.id, interviewer, candidate };
  }

  it('[AR3] never puts the interviewer’s private note in the candidate’s export', async () => {
    const { id, interviewer, candidate } = await interviewWithNote();
    for (const format of ['markdown', 'json']) {
      const theirs = await rawExport(candidate, id, format);
      expect(theirs.status).toBe(200);
      expect(theirs.text).not.toContain(NOTE);
      expect(theirs.text).toContain('SHARED-CODE');
      const mine = await rawExport(interviewer, id, format);
      expect(mine.text).toContain(NOTE);
    }
    const transcript = await candidate.call<Transcript>('GET', `/api/sessions/${id}/transcript`);
    expect(transcript.body.entries.map((e) => e.kind)).toEqual(['question', 'chat']);
    expect(transcript.body.finalWork).toEqual([
      {
        round: 0,
        title: 'Count multiples',
        code: 'const shared = 1; // SHARED-CODE',
        language: 'javascript',
      },
    ]);
  });
});
