import { describe, expect, it } from 'vitest';
import { countWords, spokenLength } from './starAnswer';

describe('STAR answer counts', () => {
  it('counts words separated by any whitespace', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('  I led\nthe   migration. ')).toBe(4);
  });

  it('estimates the spoken length at 130 words a minute', () => {
    expect(spokenLength(0)).toBe('0:00');
    expect(spokenLength(130)).toBe('1:00');
    expect(spokenLength(195)).toBe('1:30');
  });
});
