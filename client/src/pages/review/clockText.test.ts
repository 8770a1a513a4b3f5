import { describe, expect, it } from 'vitest';
import { clockText } from '../../rounds/remaining';
import { spokenDuration } from './clockText';

describe('clockText', () => {
  it('writes minutes and seconds, and hours once past an hour', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(65_900)).toBe('1:05');
    expect(clockText(3_725_000)).toBe('1:02:05');
    expect(clockText(-5)).toBe('0:00');
  });

  it('speaks a duration in words', () => {
    expect(spokenDuration(1_000)).toBe('1 second');
    expect(spokenDuration(125_000)).toBe('2 minutes 5 seconds');
    expect(spokenDuration(60_000)).toBe('1 minute 0 seconds');
  });
});
