import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  AttemptsResponseSchema,
  encodeDocFrame,
  RepeatedQuestionsResponseSchema,
  RoomEvent,
  SharedDocKey,
  type AttemptsResponse,
  type JsonValue,
  type MeResponse,
  type StartPracticeResponse,
} from '@mockloop/shared';
import { startPracticeServer, type Caller, type PracticeServer } from './practiceServer';

let server: PracticeServer;

beforeAll(async () => {
  server = await startPracticeServer();
});
afterAll(async () => {
  await server.stop();
});

const WRONG = 'function countMultiples(n, k) { return Math.floor(n / k) + 1; } // FIRST-TRY';
const RIGHT = 'function countMultiples(n, k) { return Math.floor(n / k); } // SECOND-TRY';

async function userId(caller: Caller): Promise<string> {
  return (await caller.call<MeResponse>('GET', '/api/me')).body.user.id;
}

/** A one-round practice of count-multiples: `minutes` pass, then the code is ended and judged. */
async function practise(caller: Caller, code: string, minutes: number): Promise<string> {
  const start = await caller.call<StartPracticeResponse>('POST', '/api/sessions', {
    kind: 'practice',
    rounds: [{ questionId: 'count-multiples' }],
  });
  const id = start.body.session.id;
  const save = await caller.call('PUT', `/api/sessions/${id}/rounds/0/draft`, {
    revision: 1,
    draft: { kind: 'coding', language: 'javascript', code },
  });
  expect(save.status).toBe(200);
  await server.advance(minutes * 60_000);
  expect((await caller.call('POST', `/api/sessions/${id}/rounds/0/end`)).status).toBe(200);
  await server.app.practice.idle();
  return id;
}

async function attempts(caller: Caller, questionId = 'count-multiples') {
  const res = await caller.call<AttemptsResponse>(
    'GET',
    `/api/me/attempts?questionId=${questionId}`,
  );
  expect(res.status).toBe(200);
  return AttemptsResponseSchema.parse(res.body);
}

describe('GET /api/me/attempts', () => {
  let owner: Caller;
  let first: string;
  let second: string;

  beforeAll(async () => {
    owner = await server.guest('Owner');
    first = await practise(owner, WRONG, 3);
    second = await practise(owner, RIGHT, 2);
  });

  it('lists a person’s two attempts newest first, with their verdicts, time and final code', async () => {
    const body = await attempts(owner);
    expect(body).toMatchObject({ questionId: 'count-multiples', kind: 'coding' });
    expect(body.attempts.map((a) => a.sessionId)).toEqual([second, first]);
    const [latest, earlier] = body.attempts;
    expect(latest).toMatchObject({
      sessionKind: 'practice',
      role: 'candidate',
      verdict: 'accepted',
      hiddenPassed: 8,
      hiddenTotal: 8,
      language: 'javascript',
      code: RIGHT,
      timeUsedMs: 2 * 60_000,
    });
    expect(earlier).toMatchObject({ verdict: 'wrong_answer', code: WRONG, timeUsedMs: 3 * 60_000 });
  });

  it('never lists another person’s attempt at the same question', async () => {
    const stranger = await server.guest('Stranger');
    const theirs = await practise(stranger, 'function countMultiples() { return 0; } // THEIRS', 1);
    const mine = await attempts(owner);
    expect(mine.attempts.map((a) => a.sessionId)).toEqual([second, first]);
    expect(JSON.stringify(mine)).not.toContain('THEIRS');
    expect((await attempts(stranger)).attempts.map((a) => a.sessionId)).toEqual([theirs]);
    const repeated = await stranger.call('GET', '/api/me/attempts/repeated');
    expect(RepeatedQuestionsResponseSchema.parse(repeated.body).counts).toEqual({});
  });

  it('says which questions were met more than once', async () => {
    const res = await owner.call('GET', '/api/me/attempts/repeated');
    expect(res.status).toBe(200);
    expect(RepeatedQuestionsResponseSchema.parse(res.body).counts).toEqual({
      'count-multiples': 2,
    });
  });

  it('answers 404 for an unknown question and 400 for a malformed id, in the one error shape', async () => {
    const unknown = await owner.call('GET', '/api/me/attempts?questionId=no-such-question');
    expect(unknown.status).toBe(404);
    const { error } = unknown.body as { error: { code: string; message: string } };
    expect(Object.keys(unknown.body as object)).toEqual(['error']);
    expect(error.code).toBe('not_found');
    expect(error.message).toMatch(/question/i);
    for (const query of ['questionId=Not%20An%20Id', '', 'questionId=count-multiples&x=1']) {
      const bad = await owner.call<{ error: { code: string } }>('GET', `/api/me/attempts?${query}`);
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('validation_failed');
    }
  });
});

describe('an interview’s attempt', () => {
  const DETAIL = 'INTERVIEWER-ONLY-DETAIL-5521';
  const NOTE = 'INTERVIEWER-PRIVATE-NOTE-5521';

  it('[AR2] [AR3] shows the candidate the shared code and public verdict, nothing interviewer-only', async () => {
    const interviewer = await server.guest('Interviewer');
    const candidate = await server.guest('Candidate');
    const [interviewerId, candidateId] = await Promise.all([
      userId(interviewer),
      userId(candidate),
    ]);
    const at = Date.now();
    // Setup through the store: the room's own handlers are tested in tests/integration/rooms.
    const session = await server.store.createSession({
      kind: 'interview',
      title: 'Coding interview',
      createdBy: interviewerId,
      participants: [
        { userId: interviewerId, role: 'interviewer' },
        { userId: candidateId, role: 'candidate' },
      ],
      questions: [
        {
          questionId: 'count-multiples',
          contentHash: 'abcdef12',
          competencies: [],
          askedAt: at,
          deadline: null,
        },
      ],
    });
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    doc.getText(SharedDocKey.Code).insert(0, 'const shared = 1; // SHARED-CODE');
    const result = (tests: JsonValue[]) => ({
      verdict: 'wrong_answer',
      passed: 1,
      total: 2,
      tests,
    });
    const hiddenCase = { name: 'h1', hidden: true, verdict: 'wrong_answer' };
    await server.store.appendEvents(session.id, [
      {
        actorId: interviewerId,
        type: RoomEvent.RoundStart,
        visibility: 'everyone',
        payload: { index: 0, interviewerId, candidateId },
        at,
      },
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
        at,
      },
      ...updates.map((u) => ({
        actorId: candidateId,
        type: RoomEvent.DocUpdate,
        visibility: 'everyone' as const,
        payload: encodeDocFrame(0, u),
        at: at + 1000,
      })),
      {
        actorId: candidateId,
        type: RoomEvent.Run,
        visibility: 'everyone',
        payload: {
          docIndex: 0,
          by: candidateId,
          mode: 'submit',
          language: 'javascript',
          result: result([hiddenCase]),
        },
        at: at + 2000,
      },
      {
        actorId: candidateId,
        type: RoomEvent.RunDetail,
        visibility: 'interviewer',
        payload: {
          docIndex: 0,
          by: candidateId,
          mode: 'submit',
          language: 'javascript',
          result: result([{ ...hiddenCase, timeMs: 1, message: DETAIL, input: [DETAIL] }]),
        },
        at: at + 2000,
      },
      {
        actorId: interviewerId,
        type: RoomEvent.Note,
        visibility: 'author',
        payload: { text: NOTE, round: 0 },
        at: at + 3000,
      },
      {
        actorId: interviewerId,
        type: RoomEvent.RoundEnd,
        visibility: 'everyone',
        payload: { round: 0 },
        at: at + 60_000,
      },
    ]);

    const seen = await attempts(candidate);
    expect(seen.attempts).toHaveLength(1);
    expect(seen.attempts[0]).toMatchObject({
      sessionId: session.id,
      sessionKind: 'interview',
      role: 'candidate',
      verdict: 'wrong_answer',
      hiddenPassed: 0,
      hiddenTotal: 1,
      timeUsedMs: 60_000,
      code: 'const shared = 1; // SHARED-CODE',
    });
    const raw = JSON.stringify(seen);
    expect(raw).not.toContain(DETAIL);
    expect(raw).not.toContain(NOTE);

    // The interviewer sees the same question from their seat.
    const theirs = await attempts(interviewer);
    expect(theirs.attempts[0]).toMatchObject({ sessionId: session.id, role: 'interviewer' });
  });
});
