import { describe, expect, it } from 'vitest';
import { foldSessionReplay, PracticeEvent, type SessionEvent } from '@mockloop/shared';
import { parseInstant, pickPart } from './pickPart';

function roundStart(seq: number, index: number, at: number): SessionEvent {
  return {
    sessionId: 's',
    seq,
    at,
    actorId: 'me',
    type: PracticeEvent.RoundStart,
    visibility: 'everyone',
    payload: {
      index,
      questionId: `q${index}`,
      contentHash: 'abcdef12',
      minutes: 1,
      startedAt: at,
      deadline: at + 60_000,
      question: {
        id: `q${index}`,
        kind: 'behavioral',
        title: `Q${index}`,
        difficulty: 'easy',
        tags: [],
        competencies: [],
        timeLimitMinutes: 1,
        contentHash: 'abcdef12',
        prompt: '',
        sections: [],
        hints: [],
      },
    },
  };
}

describe('pickPart', () => {
  const replay = foldSessionReplay('practice', [
    roundStart(1, 0, 1_000),
    {
      sessionId: 's',
      seq: 2,
      at: 10_000,
      actorId: null,
      type: PracticeEvent.RoundEnd,
      visibility: 'everyone',
      payload: { index: 0, reason: 'ended' },
    },
    roundStart(3, 1, 10_000),
    // Round 0's verdict, recorded after round 1 started.
    {
      sessionId: 's',
      seq: 4,
      at: 12_000,
      actorId: null,
      type: PracticeEvent.RoundVerdict,
      visibility: 'everyone',
      payload: { index: 0, verdict: null, passed: 0, total: 0, result: null, language: null },
    },
    {
      sessionId: 's',
      seq: 5,
      at: 20_000,
      actorId: null,
      type: PracticeEvent.RoundEnd,
      visibility: 'everyone',
      payload: { index: 1, reason: 'ended' },
    },
  ]);

  it('prefers the line’s own round, else the part on at that moment', () => {
    expect(pickPart(replay, 12_000, 0)?.round).toBe(0);
    expect(pickPart(replay, 12_000)?.round).toBe(1);
    expect(pickPart(replay, 15_000, null)?.round).toBe(1);
    expect(pickPart(replay, 0)?.round).toBe(0);
  });

  it('reads ?t= only as whole milliseconds', () => {
    expect(parseInstant('1500')).toBe(1500);
    expect(parseInstant(null)).toBeNull();
    expect(parseInstant('-5')).toBeNull();
    expect(parseInstant('1e9')).toBeNull();
  });
});
