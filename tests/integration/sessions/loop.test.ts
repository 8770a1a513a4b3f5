import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  ApiErrorResponse,
  PracticeState,
  RoundReview,
  Session,
  StartPracticeResponse,
} from '@mockloop/shared';
import { startPracticeServer, type Caller, type PracticeServer } from './practiceServer';

const MINUTE = 60_000;
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

describe('a loop of coding, behavioral and system-design rounds', () => {
  it('advances round by round to a summary with verdict, self-rating and checklist score', async () => {
    const started = await me.call<StartPracticeResponse>('POST', '/api/sessions', {
      kind: 'practice',
      rounds: [
        { questionId: 'count-multiples', minutes: 1 },
        { questionId: 'disagree-with-senior', minutes: 5 },
        { questionId: 'url-shortener', minutes: 40 },
      ],
    });
    const id = started.body.session.id;
    const path = `/api/sessions/${id}`;
    const deadline0 = started.body.practice.rounds[0]?.deadline ?? 0;
    expect(started.body.practice.rounds.map((r) => r.status)).toEqual([
      'running',
      'pending',
      'pending',
    ]);
    const early = await me.call<ApiErrorResponse>('PUT', `${path}/rounds/1/draft`, {
      revision: 1,
      draft: { kind: 'behavioral', situation: 's', task: 't', action: 'a', result: 'r' },
    });
    expect(early.body.error.code).toBe('round_not_started');

    // Round 0 expires; round 1 starts at its deadline, not when the timer happened to run.
    await me.call('PUT', `${path}/rounds/0/draft`, {
      revision: 1,
      draft: { kind: 'coding', language: 'javascript', code: SOLVED },
    });
    await server.advance(MINUTE + 5_000);
    let state = (await me.call<PracticeState>('GET', `${path}/practice`)).body;
    expect(state.currentRound).toBe(1);
    expect(state.rounds[0]?.outcome?.verdict).toBe('accepted');
    expect(state.rounds[1]).toMatchObject({
      status: 'running',
      startedAt: deadline0,
      deadline: deadline0 + 5 * MINUTE,
    });
    expect(server.app.practice.timers.scheduled(id)).toBe(deadline0 + 5 * MINUTE);

    // Behavioral: answer, end early, then rate oneself (only after the round).
    const star = { kind: 'behavioral', situation: 'S', task: 'T', action: 'A', result: 'R' };
    await me.call('PUT', `${path}/rounds/1/draft`, { revision: 1, draft: star });
    const tooSoon = await me.call<ApiErrorResponse>('POST', `${path}/rounds/1/self-rating`, {
      ratings: { communication: 3 },
    });
    expect(tooSoon.body.error.code).toBe('round_not_over');
    state = (await me.call<PracticeState>('POST', `${path}/rounds/1/end`)).body;
    expect(state.rounds[1]).toMatchObject({ status: 'over', endReason: 'ended', draft: star });
    expect(state.currentRound).toBe(2);
    const offTopic = await me.call<ApiErrorResponse>('POST', `${path}/rounds/1/self-rating`, {
      ratings: { security: 4 },
    });
    expect(offTopic.status).toBe(400);
    const rated = await me.call<PracticeState>('POST', `${path}/rounds/1/self-rating`, {
      ratings: { communication: 3, leadership: 2 },
      note: 'Too long on the situation.',
    });
    expect(rated.body.rounds[1]?.selfRating).toEqual({
      ratings: { communication: 3, leadership: 2 },
      note: 'Too long on the situation.',
    });
    const twice = await me.call<ApiErrorResponse>('POST', `${path}/rounds/1/self-rating`, {
      ratings: { communication: 4 },
    });
    expect(twice.body.error.code).toBe('already_rated');

    // System design: notes and a whiteboard, skip, then tick the rubric.
    const design = {
      kind: 'system-design',
      notes: '# Read path\nCache in front.',
      scene: { elements: [{ id: 'box', type: 'rectangle', x: 1, y: 2 }], appState: {} },
    };
    await me.call('PUT', `${path}/rounds/2/draft`, { revision: 1, draft: design });
    const checklistTooSoon = await me.call<ApiErrorResponse>('PUT', `${path}/rounds/2/checklist`, {
      ticked: [0],
    });
    expect(checklistTooSoon.body.error.code).toBe('round_not_over');
    state = (await me.call<PracticeState>('POST', `${path}/rounds/2/skip`)).body;
    expect(state.rounds[2]).toMatchObject({ status: 'over', endReason: 'skipped', draft: design });
    expect(state.status).toBe('completed');
    const review = await me.call<RoundReview>('GET', `${path}/rounds/2/review`);
    expect(review.body.rubric).toEqual(['Caching, key generation.']);
    const beyond = await me.call<ApiErrorResponse>('PUT', `${path}/rounds/2/checklist`, {
      ticked: [1],
    });
    expect(beyond.status).toBe(400);
    await me.call('PUT', `${path}/rounds/2/checklist`, { ticked: [0] });

    const { session } = (await me.call<{ session: Session }>('GET', path)).body;
    expect(session.summary?.questions).toEqual([
      { questionId: 'count-multiples', verdict: 'accepted', passed: 10, total: 10 },
      { questionId: 'disagree-with-senior', verdict: null, passed: 0, total: 0 },
      { questionId: 'url-shortener', verdict: null, passed: 1, total: 1 },
    ]);
    expect(session.questions.map((q) => q.questionId)).toEqual([
      'count-multiples',
      'disagree-with-senior',
      'url-shortener',
    ]);
    expect(session.feedback[0]?.ratings).toEqual({ communication: 3, leadership: 2 });
    expect(session.status).toBe('completed');
  });

  it('quick practice prefers questions not done yet and builds a preset loop', async () => {
    const fresh = await server.guest('Quick');
    const picked = new Set<string>();
    for (let i = 0; i < 2; i += 1) {
      const res = await fresh.call<StartPracticeResponse>('POST', '/api/sessions/quick', {
        kind: 'coding',
      });
      expect(res.status).toBe(201);
      const round = res.body.practice.rounds[0];
      picked.add(round?.questionId ?? '');
      await fresh.call('POST', `/api/sessions/${res.body.session.id}/rounds/0/skip`);
    }
    expect([...picked].sort()).toEqual(['count-multiples', 'running-total']);

    const loop = await fresh.call<StartPracticeResponse>('POST', '/api/sessions/quick', {
      preset: 'full-loop',
    });
    expect(loop.body.practice.rounds.map((r) => [r.kind, r.minutes])).toEqual([
      ['coding', 45],
      ['behavioral', 5],
      ['behavioral', 5],
      ['system-design', 40],
    ]);
    const behavioral = loop.body.practice.rounds.slice(1, 3).map((r) => r.questionId);
    expect(new Set(behavioral).size).toBe(2);
    const none = await fresh.call<ApiErrorResponse>('POST', '/api/sessions/quick', {
      kind: 'system-design',
      difficulty: 'easy',
    });
    expect(none.body.error.code).toBe('no_matching_question');
  });
});
