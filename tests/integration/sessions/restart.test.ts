import { afterAll, describe, expect, it } from 'vitest';
import type { PracticeState, Session, StartPracticeResponse } from '@mockloop/shared';
import { startPracticeServer, type PracticeServer } from './practiceServer';

const MINUTE = 60_000;
const SOLVED = 'function countMultiples(n, k) { return Math.floor(n / k); }';

let server: PracticeServer | undefined;
afterAll(async () => {
  await server?.stop();
});

describe('[ST5] a restart mid-round', () => {
  it('resumes a running round with its code and deadline, and judges one that expired', async () => {
    server = await startPracticeServer();
    const me = await server.guest();
    const start = async (minutes: number, code: string) => {
      const res = await me.call<StartPracticeResponse>('POST', '/api/sessions', {
        kind: 'practice',
        rounds: [{ questionId: 'count-multiples', minutes }],
      });
      const id = res.body.session.id;
      await me.call('PUT', `/api/sessions/${id}/rounds/0/draft`, {
        revision: 1,
        draft: { kind: 'coding', language: 'typescript', code },
      });
      return res.body.session;
    };
    const long = await start(10, '// still typing');
    const short = await start(1, SOLVED);

    // The server is down while the short round's deadline passes.
    server.clock.advance(2 * MINUTE);
    server = await server.restart();
    await server.app.practice.idle();
    const again = server.caller(me.cookie);

    const expired = await again.call<{ session: Session }>('GET', `/api/sessions/${short.id}`);
    expect(expired.body.session.status).toBe('completed');
    expect(expired.body.session.summary?.questions[0]?.verdict).toBe('accepted');

    const resumed = (await again.call<PracticeState>('GET', `/api/sessions/${long.id}/practice`))
      .body;
    expect(resumed.rounds[0]).toMatchObject({
      status: 'running',
      deadline: long.deadline,
      draft: { language: 'typescript', code: '// still typing' },
    });
    expect(resumed.serverTime).toBe(server.clock.now());
    expect(server.app.practice.timers.scheduled(long.id)).toBe(long.deadline);

    await server.advance(8 * MINUTE);
    const closed = await again.call<{ session: Session }>('GET', `/api/sessions/${long.id}`);
    expect(closed.body.session.summary?.questions[0]?.verdict).toBe('runtime_error');
  });
});
