import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StartPracticeResponse } from '@mockloop/shared';
import type { SessionPage } from '../../../server/src/store/port';
import { startPracticeServer, type Caller, type PracticeServer } from './practiceServer';

let server: PracticeServer;
let me: Caller;
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startPracticeServer();
  me = await server.guest('Lister');
  for (const questionId of ['count-multiples', 'disagree-with-senior']) {
    const res = await me.call<StartPracticeResponse>('POST', '/api/sessions', {
      kind: 'practice',
      rounds: [{ questionId }],
    });
    ids[questionId] = res.body.session.id;
    // Sessions are stamped by the store's wall clock: keep the two in different milliseconds.
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
});
afterAll(async () => {
  await server.stop();
});

async function list(query: string): Promise<string[]> {
  const res = await me.call<SessionPage>('GET', `/api/sessions?${query}`);
  expect(res.status).toBe(200);
  return res.body.sessions.map((s) => s.id);
}

describe('GET /api/sessions filters (fixed by the architecture)', () => {
  it('filters by question, competency and creation time, newest first', async () => {
    const coding = ids['count-multiples'];
    const behavioral = ids['disagree-with-senior'];
    expect(await list('')).toEqual([behavioral, coding]);
    expect(await list('questionId=count-multiples')).toEqual([coding]);
    expect(await list('competency=problem-solving')).toEqual([coding]);
    const start = (await me.call<SessionPage>('GET', '/api/sessions')).body.sessions[1]?.createdAt;
    expect(start).toBeDefined();
    expect(await list(`from=${String((start ?? 0) + 1)}`)).toEqual([behavioral]);
    expect(await list(`to=${String((start ?? 0) + 1)}`)).toEqual([coding]);
    expect(await list(`to=${new Date((start ?? 0) + 1).toISOString()}`)).toEqual([coding]);
  });

  it('refuses unknown filters and bad values with 400', async () => {
    for (const query of ['competency=juggling', 'from=yesterday', 'colour=red', 'limit=0']) {
      const res = await me.call<{ error: { code: string } }>('GET', `/api/sessions?${query}`);
      expect(res.status, query).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
    }
  });
});
