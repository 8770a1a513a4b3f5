import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiErrorResponse,
  PracticeState,
  Session,
  StartPracticeResponse,
} from '@mockloop/shared';
import { startPracticeServer, type Caller, type PracticeServer } from './practiceServer';

const MINUTE = 60_000;
const WRONG = 'function countMultiples(n, k) { return Math.ceil(n / k); }';
const SOLVED = 'function countMultiples(n, k) { return Math.floor(n / k); }';

let server: PracticeServer;
let me: Caller;

beforeAll(async () => {
  server = await startPracticeServer();
  me = await server.guest();
});
afterAll(async () => {
  await server.stop();
});

async function startOneMinute(): Promise<Session> {
  const res = await me.call<StartPracticeResponse>('POST', '/api/sessions', {
    kind: 'practice',
    rounds: [{ questionId: 'count-multiples', minutes: 1 }],
  });
  expect(res.status).toBe(201);
  return res.body.session;
}

const saveCode = (id: string, revision: number, code: string) =>
  me.call('PUT', `/api/sessions/${id}/rounds/0/draft`, {
    revision,
    draft: { kind: 'coding', language: 'javascript', code },
  });

describe('[ST3] the server closes a round at its deadline', () => {
  it('submits the highest-revision saved code with no client and records the verdict', async () => {
    const session = await startOneMinute();
    expect(server.app.practice.timers.scheduled(session.id)).toBe(session.deadline);
    await saveCode(session.id, 2, SOLVED);
    await saveCode(session.id, 1, WRONG);

    await server.advance(MINUTE - 1);
    expect((await server.store.getSession(session.id))?.status).toBe('active');
    await server.advance(1);

    const read = await me.call<{ session: Session }>('GET', `/api/sessions/${session.id}`);
    expect(read.body.session).toMatchObject({ status: 'completed', deadline: null });
    expect(read.body.session.summary?.questions).toEqual([
      { questionId: 'count-multiples', verdict: 'accepted', passed: 10, total: 10 },
    ]);
    const practice = await me.call<PracticeState>('GET', `/api/sessions/${session.id}/practice`);
    expect(practice.body.rounds[0]).toMatchObject({
      status: 'over',
      endReason: 'expired',
      endedAt: session.deadline,
      outcome: { verdict: 'accepted', passed: 10, total: 10 },
    });
    const events = await server.store.readAllEvents(session.id);
    expect(events.slice(-3).map((e) => [e.type, e.actorId])).toEqual([
      ['round:end', null],
      ['round:verdict', null],
      ['practice:complete', null],
    ]);
  });

  it('[ST2] refuses a run, a save and a hint after the deadline, even before the timer fires', async () => {
    const session = await startOneMinute();
    await saveCode(session.id, 1, WRONG);
    server.clock.advance(MINUTE);

    const run = await me.call<ApiErrorResponse>('POST', '/api/runs', {
      questionId: 'count-multiples',
      language: 'javascript',
      code: SOLVED,
      mode: 'submit',
      sessionId: session.id,
    });
    expect(run.status).toBe(409);
    expect(run.body.error.code).toBe('round_over');
    const save = await saveCode(session.id, 2, SOLVED);
    expect(save.status).toBe(409);
    const hint = await me.call<ApiErrorResponse>(
      'POST',
      `/api/sessions/${session.id}/rounds/0/hints`,
    );
    expect(hint.body.error.code).toBe('round_over');

    // The refused requests nudged the timer: the saved (wrong) code was judged, not the late one.
    await server.app.practice.idle();
    const read = await me.call<{ session: Session }>('GET', `/api/sessions/${session.id}`);
    expect(read.body.session.summary?.questions[0]?.verdict).toBe('wrong_answer');
    const events = await server.store.readAllEvents(session.id);
    expect(events.map((e) => e.type)).not.toContain('code:run');
  });

  it('closes a round with nothing saved as over with no verdict', async () => {
    const session = await startOneMinute();
    await server.advance(MINUTE);
    const read = await me.call<{ session: Session }>('GET', `/api/sessions/${session.id}`);
    expect(read.body.session.status).toBe('completed');
    expect(read.body.session.summary?.questions[0]).toMatchObject({ verdict: null, passed: 0 });
  });
});
