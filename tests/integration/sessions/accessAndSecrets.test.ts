import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiErrorResponse, RoundReview, StartPracticeResponse } from '@mockloop/shared';
import { startPracticeServer, type Caller, type PracticeServer } from './practiceServer';

/** Text only the post-round review may carry: interviewer sections, reference solutions. */
const POST_ROUND_MARKERS = [
  'INTERVIEWER-ONLY',
  'REFERENCE-SOLUTION',
  'Red flags',
  'Follow-ups',
  'What a strong answer shows',
  'Reference outline',
];
/** Inputs of hidden cases never leave the server, not even in the review. */
const HIDDEN_INPUT = '424242';

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

async function startLoop(as: Caller) {
  const res = await as.call<StartPracticeResponse>('POST', '/api/sessions', {
    kind: 'practice',
    rounds: [
      { questionId: 'count-multiples' },
      { questionId: 'disagree-with-senior' },
      { questionId: 'url-shortener' },
    ],
  });
  expect(res.status).toBe(201);
  return res;
}

describe('[AR1] a practice session is its person’s only', () => {
  it('answers 404 to anyone else on every route, runs with its sessionId included', async () => {
    const { body } = await startLoop(owner);
    const id = body.session.id;
    const attempts = [
      stranger.call('GET', `/api/sessions/${id}`),
      stranger.call('GET', `/api/sessions/${id}/practice`),
      stranger.call('GET', `/api/sessions/${id}/events`),
      stranger.call('PUT', `/api/sessions/${id}/rounds/0/draft`, {
        revision: 1,
        draft: { kind: 'coding', language: 'javascript', code: 'x' },
      }),
      stranger.call('POST', `/api/sessions/${id}/rounds/0/hints`),
      stranger.call('POST', `/api/sessions/${id}/rounds/0/end`),
      stranger.call('POST', `/api/sessions/${id}/rounds/0/skip`),
      stranger.call('GET', `/api/sessions/${id}/rounds/0/review`),
      stranger.call('POST', '/api/runs', {
        questionId: 'count-multiples',
        language: 'javascript',
        code: 'function countMultiples() { return 0; }',
        mode: 'run',
        sessionId: id,
      }),
    ];
    for (const answer of await Promise.all(attempts)) {
      expect(answer.status).toBe(404);
      expect((answer.body as ApiErrorResponse).error.code).toBe('not_found');
    }
    const events = await server.store.readAllEvents(id);
    expect(events.map((e) => e.type)).toEqual(['practice:plan', 'round:start']);
  });
});

describe('[ST7] post-round material stays on the server until the round is over', () => {
  it('is in no answer before the round ends, and only in the review after', async () => {
    const started = await startLoop(owner);
    const id = started.body.session.id;
    const seen: unknown[] = [started.body];
    const call = async (method: string, route: string, body?: unknown) => {
      const answer = await owner.call(method, route, body);
      seen.push(answer.body);
      return answer;
    };
    await call('PUT', `/api/sessions/${id}/rounds/0/draft`, {
      revision: 1,
      draft: { kind: 'coding', language: 'javascript', code: 'function countMultiples() {}' },
    });
    for (const mode of ['run', 'submit']) {
      await call('POST', '/api/runs', {
        questionId: 'count-multiples',
        language: 'javascript',
        code: 'function countMultiples(n, k) { return n + k; }',
        mode,
        sessionId: id,
      });
    }
    await call('POST', `/api/sessions/${id}/rounds/0/hints`);
    await call('POST', `/api/sessions/${id}/rounds/0/hints`);
    for (const index of [0, 1, 2]) {
      const review = await call('GET', `/api/sessions/${id}/rounds/${index}/review`);
      expect(review.status).toBe(409);
      expect((review.body as ApiErrorResponse).error.code).toBe('round_not_over');
    }
    await call('GET', `/api/sessions/${id}/practice`);
    await call('GET', `/api/sessions/${id}/events`);
    await call('GET', `/api/sessions/${id}`);
    const everything = JSON.stringify(seen);
    for (const marker of [...POST_ROUND_MARKERS, HIDDEN_INPUT]) {
      expect(everything).not.toContain(marker);
    }

    // Ending round 0 opens its review, and only its own: round 1 is running now.
    await call('POST', `/api/sessions/${id}/rounds/0/end`);
    const review = await owner.call<RoundReview>('GET', `/api/sessions/${id}/rounds/0/review`);
    expect(review.status).toBe(200);
    expect(JSON.stringify(review.body)).toContain('INTERVIEWER-ONLY-RUBRIC-COUNT');
    expect(review.body.solutions.typescript).toContain('REFERENCE-SOLUTION-COUNT');
    expect(JSON.stringify(review.body)).not.toContain(HIDDEN_INPUT);
    const next = await owner.call('GET', `/api/sessions/${id}/rounds/1/review`);
    expect(next.status).toBe(409);
    const afterEnd = await owner.call('GET', `/api/sessions/${id}/practice`);
    expect(JSON.stringify(afterEnd.body)).not.toContain('INTERVIEWER-ONLY');
  });
});
