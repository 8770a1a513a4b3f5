import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProgressResponse, StartPracticeResponse } from '@mockloop/shared';
import { startPracticeServer, type Caller, type PracticeServer } from './practiceServer';

let server: PracticeServer;
let me: Caller;

beforeAll(async () => {
  server = await startPracticeServer();
  me = await server.guest('Progressing');
});
afterAll(async () => {
  await server.stop();
});

describe('GET /api/me/progress', () => {
  it('shows an accepted round’s time to accept and a failed one in the review queue', async () => {
    for (const [questionId, code] of [
      ['count-multiples', 'function countMultiples(n, k) { return Math.floor(n / k); }'],
      ['running-total', 'function runningTotal() { return 0; }'],
    ] as const) {
      const start = await me.call<StartPracticeResponse>('POST', '/api/sessions', {
        kind: 'practice',
        rounds: [{ questionId }],
      });
      const sessionId = start.body.session.id;
      server.clock.advance(4 * 60_000);
      const run = await me.call('POST', '/api/runs', {
        questionId,
        language: 'javascript',
        code,
        mode: 'submit',
        sessionId,
      });
      expect(run.status).toBe(200);
      await me.call('PUT', `/api/sessions/${sessionId}/rounds/0/draft`, {
        revision: 1,
        draft: { kind: 'coding', language: 'javascript', code },
      });
      await me.call('POST', `/api/sessions/${sessionId}/rounds/0/end`);
    }
    await server.app.practice.idle();

    const res = await me.call<ProgressResponse>('GET', '/api/me/progress');
    expect(res.status).toBe(200);
    expect(res.body.sessionsRead).toBe(2);
    expect(res.body.weeks.at(-1)).toMatchObject({ sessions: 2, judged: 2, accepted: 1 });
    const easy = res.body.timeToAccept.find((t) => t.difficulty === 'easy');
    expect(easy?.accepted).toBe(1);
    expect(easy?.medianMinutes).toBeCloseTo(4, 0);
    expect(res.body.reviewQueue.map((r) => [r.questionId, r.reason])).toEqual([
      ['running-total', 'failed'],
    ]);
  });

  it('[AR0] needs a signed-in person', async () => {
    const res = await fetch(`${server.url}/api/me/progress`);
    expect(res.status).toBe(401);
  });
});
