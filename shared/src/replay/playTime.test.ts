import { describe, expect, it } from 'vitest';
import { authorSpans } from './authorSpans';
import { IDLE_PLAY_MS, PlayClock } from './playTime';

describe('PlayClock', () => {
  it('plays busy stretches at their own length and every idle gap in about a second', () => {
    // Typing 0-3 s, idle 3-63 s, a run at 63 s, idle to the end at 123 s.
    const clock = new PlayClock(0, 123_000, [1_000, 2_000, 3_000, 63_000]);
    expect(clock.duration).toBe(3_000 + IDLE_PLAY_MS + IDLE_PLAY_MS);
    expect(clock.toPlay(2_000)).toBe(2_000);
    expect(clock.toPlay(63_000)).toBe(3_000 + IDLE_PLAY_MS);
    expect(clock.toInstant(3_000 + IDLE_PLAY_MS)).toBe(63_000);
    // Half-way through the skipped second is half-way through the idle minute.
    expect(clock.toInstant(3_000 + IDLE_PLAY_MS / 2)).toBe(33_000);
  });

  it('keeps gaps of five seconds or less, and clamps outside the range', () => {
    const clock = new PlayClock(10_000, 20_000, [15_000]);
    expect(clock.duration).toBe(10_000);
    expect(clock.toPlay(5_000)).toBe(0);
    expect(clock.toPlay(99_000)).toBe(10_000);
    expect(clock.toInstant(-1)).toBe(10_000);
    expect(clock.toInstant(1e9)).toBe(20_000);
  });

  it('round-trips every instant and never runs backwards', () => {
    const activity = [1_000, 1_200, 9_000, 9_001, 30_000, 30_500, 31_000];
    const clock = new PlayClock(0, 40_000, activity);
    let last = -1;
    for (let at = 0; at <= 40_000; at += 250) {
      const play = clock.toPlay(at);
      expect(play).toBeGreaterThanOrEqual(last);
      last = play;
      expect(clock.toInstant(play)).toBe(at);
    }
  });

  it('has a zero duration for an empty range', () => {
    const clock = new PlayClock(5, 5, []);
    expect(clock.duration).toBe(0);
    expect(clock.toInstant(100)).toBe(5);
  });
});

describe('authorSpans', () => {
  it('gives each author their own spans, split by pauses over five seconds, skipping the server', () => {
    const spans = authorSpans([
      { at: 0, actorId: 'a' },
      { at: 1_000, actorId: 'b' },
      { at: 4_000, actorId: 'a' },
      { at: 5_000, actorId: null },
      { at: 20_000, actorId: 'a' },
      { at: 2_000, actorId: 'b' },
    ]);
    expect(spans).toEqual([
      { actorId: 'a', start: 0, end: 4_000 },
      { actorId: 'b', start: 1_000, end: 2_000 },
      { actorId: 'a', start: 20_000, end: 20_000 },
    ]);
  });
});
