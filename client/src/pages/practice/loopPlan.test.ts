import { describe, expect, it } from 'vitest';
import { matchingPreset, moveRound, pickQuestions } from './loopPlan';

describe('building an interview loop', () => {
  it('moves a round up or down and ignores moves past either end', () => {
    const rounds = [
      { kind: 'coding', minutes: 30 },
      { kind: 'behavioral', minutes: 5 },
    ] as const;
    expect(moveRound(rounds, 1, -1).map((r) => r.kind)).toEqual(['behavioral', 'coding']);
    expect(moveRound(rounds, 0, -1).map((r) => r.kind)).toEqual(['coding', 'behavioral']);
  });

  it('recognises an untouched preset and nothing else', () => {
    const pair = [
      { kind: 'coding', minutes: 30 },
      { kind: 'coding', minutes: 30 },
    ] as const;
    expect(matchingPreset(pair)).toBe('coding-pair');
    expect(matchingPreset([{ kind: 'coding', minutes: 31 }, pair[1]])).toBeNull();
  });

  it('picks distinct questions per kind until a kind runs out, and none when a kind is empty', () => {
    const rounds = [
      { kind: 'coding', minutes: 1 },
      { kind: 'coding', minutes: 1 },
      { kind: 'coding', minutes: 1 },
    ] as const;
    const picked = pickQuestions(rounds, { coding: ['a', 'b'] }, () => 0);
    expect(picked).toEqual(['a', 'b', 'a']);
    expect(pickQuestions(rounds, { behavioral: ['x'] })).toBeNull();
  });
});
