import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiErrorResponse,
  PracticeState,
  RevealHintResponse,
  RunResult,
  SaveDraftResponse,
  Session,
  StartPracticeResponse,
} from '@mockloop/shared';
import { startPracticeServer, type Caller, type PracticeServer } from './practiceServer';

const SOLVED = 'function countMultiples(n, k) { return Math.floor(n / k); }';
const WRONG = 'function countMultiples(n, k) { return Math.ceil(n / k); }';
const MINUTE = 60_000;

let server: PracticeServer;
let me: Caller;

beforeAll(async () => {
  server = await startPracticeServer();
  me = await server.guest();
});
afterAll(async () => {
  await server.stop();
});

async function start(rounds: { questionId: string; minutes?: number }[]) {
  const res = await me.call<StartPracticeResponse>('POST', '/api/sessions', {
    kind: 'practice',
    rounds,
  });
  expect(res.status).toBe(201);
  return res.body;
}

const state = async (id: string) =>
  (await me.call<PracticeState>('GET', `/api/sessions/${id}/practice`)).body;
const save = (id: string, index: number, revision: number, code: string) =>
  me.call<SaveDraftResponse>('PUT', `/api/sessions/${id}/rounds/${index}/draft`, {
    revision,
    draft: { kind: 'coding', language: 'javascript', code },
  });

describe('a coding round', () => {
  it('starts with the question as asked, its stored deadline and the server time', async () => {
    const before = server.clock.now();
    const { session, practice } = await start([{ questionId: 'count-multiples' }]);
    expect(session).toMatchObject({ kind: 'practice', status: 'active', title: 'Count Multiples' });
    const round = practice.rounds[0];
    expect(round).toMatchObject({ status: 'running', minutes: 10, kind: 'coding', hintCount: 2 });
    expect(round?.deadline).toBe(before + 10 * MINUTE);
    expect(session.deadline).toBe(round?.deadline);
    expect(session.questions[0]).toMatchObject({
      questionId: 'count-multiples',
      deadline: round?.deadline,
      contentHash: round?.question?.contentHash,
    });
    expect(practice).toMatchObject({ currentRound: 0, serverTime: before });
    expect(round?.question?.hints).toEqual([]);

    const events = await me.call<{ events: { type: string; payload: unknown }[] }>(
      'GET',
      `/api/sessions/${session.id}/events`,
    );
    expect(events.body.events.map((e) => e.type)).toEqual(['practice:plan', 'round:start']);
    expect(events.body.events[1]?.payload).toMatchObject({
      contentHash: round?.question?.contentHash,
      question: { id: 'count-multiples', prompt: expect.stringContaining('divisible') as string },
    });
  });

  it('autosaves last-write-wins by revision and restores the draft', async () => {
    const { session } = await start([{ questionId: 'count-multiples', minutes: 5 }]);
    expect((await save(session.id, 0, 2, WRONG)).body).toMatchObject({
      applied: true,
      revision: 2,
    });
    // An older save arriving late changes nothing; a retry of the same one neither.
    expect((await save(session.id, 0, 1, 'stale')).body).toMatchObject({
      applied: false,
      revision: 2,
    });
    expect((await save(session.id, 0, 2, 'again')).body).toMatchObject({ applied: false });
    await save(session.id, 0, 3, SOLVED);
    const round = (await state(session.id)).rounds[0];
    expect(round).toMatchObject({ revision: 3, draft: { language: 'javascript', code: SOLVED } });

    const wrongKind = await me.call<ApiErrorResponse>(
      'PUT',
      `/api/sessions/${session.id}/rounds/0/draft`,
      {
        revision: 9,
        draft: { kind: 'behavioral', situation: '', task: '', action: '', result: '' },
      },
    );
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.code).toBe('wrong_round_kind');
    const tooBig = await save(session.id, 0, 10, 'x'.repeat(70 * 1024));
    expect(tooBig.status).toBe(400);
  });

  it('records runs and submits given the sessionId, and hints one at a time', async () => {
    const { session } = await start([{ questionId: 'count-multiples' }]);
    const run = await me.call<RunResult>('POST', '/api/runs', {
      questionId: 'count-multiples',
      language: 'javascript',
      code: WRONG,
      mode: 'run',
      sessionId: session.id,
    });
    expect(run.body.verdict).toBe('wrong_answer');
    const submit = await me.call<RunResult>('POST', '/api/runs', {
      questionId: 'count-multiples',
      language: 'javascript',
      code: SOLVED,
      mode: 'submit',
      sessionId: session.id,
    });
    expect(submit.body.verdict).toBe('accepted');
    const other = await me.call<ApiErrorResponse>('POST', '/api/runs', {
      questionId: 'running-total',
      language: 'javascript',
      code: SOLVED,
      sessionId: session.id,
    });
    expect(other.body.error.code).toBe('question_not_in_round');

    const hint = await me.call<RevealHintResponse>(
      'POST',
      `/api/sessions/${session.id}/rounds/0/hints`,
    );
    expect(hint.body).toMatchObject({ hintIndex: 0, remaining: 1, hint: { heading: 'Hint 1' } });
    await me.call('POST', `/api/sessions/${session.id}/rounds/0/hints`);
    const none = await me.call<ApiErrorResponse>(
      'POST',
      `/api/sessions/${session.id}/rounds/0/hints`,
    );
    expect(none.body.error.code).toBe('no_more_hints');

    const round = (await state(session.id)).rounds[0];
    expect(round).toMatchObject({ runs: 1, submits: 1 });
    expect(round?.lastRun?.result.verdict).toBe('wrong_answer');
    expect(round?.lastSubmit?.result.verdict).toBe('accepted');
    expect(round?.revealedHints.map((h) => h.heading)).toEqual(['Hint 1', 'Hint 2']);
  });

  it('ends early: the latest saved code is judged and the summary shows the verdict', async () => {
    const { session } = await start([{ questionId: 'count-multiples' }]);
    await save(session.id, 0, 1, SOLVED);
    const ended = await me.call<PracticeState>('POST', `/api/sessions/${session.id}/rounds/0/end`);
    expect(ended.body.rounds[0]).toMatchObject({
      status: 'over',
      endReason: 'ended',
      outcome: { verdict: 'accepted', language: 'javascript' },
    });
    expect(ended.body).toMatchObject({ status: 'completed', currentRound: null });
    const read = await me.call<{ session: Session }>('GET', `/api/sessions/${session.id}`);
    expect(read.body.session.status).toBe('completed');
    expect(read.body.session.summary?.questions).toEqual([
      { questionId: 'count-multiples', verdict: 'accepted', passed: 10, total: 10 },
    ]);
    const again = await me.call<ApiErrorResponse>(
      'POST',
      `/api/sessions/${session.id}/rounds/0/end`,
    );
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('round_over');
    const late = await save(session.id, 0, 2, WRONG);
    expect(late.status).toBe(409);
  });
});
