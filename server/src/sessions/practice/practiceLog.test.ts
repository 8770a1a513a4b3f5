import { describe, expect, it } from 'vitest';
import type { SessionEvent } from '@mockloop/shared';
import { applyEvents, emptyPracticeLog } from './practiceLog';
import { roundPhase } from './roundPhase';

let seq = 0;
const event = (type: string, payload: SessionEvent['payload'], at = 1_000): SessionEvent => ({
  sessionId: 's',
  seq: (seq += 1),
  at,
  actorId: 'u',
  type,
  payload,
  visibility: 'everyone',
});
const plan = event('practice:plan', {
  rounds: [{ questionId: 'count-multiples', kind: 'coding', title: 'Count', minutes: 1 }],
});
const start = event('round:start', {
  index: 0,
  questionId: 'count-multiples',
  contentHash: 'abcdef12',
  minutes: 1,
  startedAt: 1_000,
  deadline: 61_000,
  question: { id: 'count-multiples', prompt: 'p', hints: [] },
});
const save = (revision: number, code: string) =>
  event('draft:save', {
    index: 0,
    revision,
    draft: { kind: 'coding', language: 'javascript', code },
  });

describe('the practice log fold', () => {
  it('[ST8] keeps the highest revision whatever order saves were written in', () => {
    const log = applyEvents(emptyPracticeLog(), [plan, start, save(3, 'new'), save(2, 'old')]);
    expect(log.rounds[0]?.draft).toMatchObject({ revision: 3, draft: { code: 'new' } });
  });

  it('applies each event once when two readers catch up on the same events', () => {
    const run = event('code:run', {
      index: 0,
      mode: 'run',
      language: 'javascript',
      code: 'x',
      result: { verdict: 'accepted', passed: 1, total: 1, tests: [] },
    });
    const log = applyEvents(emptyPracticeLog(), [plan, start, run]);
    applyEvents(log, [run]);
    expect(log.rounds[0]?.runs).toBe(1);
  });

  it('skips payloads that do not fit and rounds outside the plan', () => {
    const log = applyEvents(emptyPracticeLog(), [
      plan,
      start,
      event('draft:save', { index: 0, revision: 'x' }),
      event('round:end', { index: 5, reason: 'ended' }),
    ]);
    expect(log.rounds).toHaveLength(1);
    expect(log.rounds[0]?.draft).toBeNull();
  });

  it('[ST2] a round is over for actions from its deadline on, before anyone closes it', () => {
    const log = applyEvents(emptyPracticeLog(), [plan, start]);
    const round = log.rounds[0];
    if (!round) throw new Error('no round');
    expect(roundPhase(round, 60_999)).toBe('running');
    expect(roundPhase(round, 61_000)).toBe('expired');
    applyEvents(log, [event('round:end', { index: 0, reason: 'expired' }, 61_000)]);
    expect(roundPhase(round, 61_000)).toBe('judging');
  });
});
