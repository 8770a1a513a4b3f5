import { describe, expect, it } from 'vitest';
import { answerWords, countWords, spokenLength, WORDS_PER_MINUTE } from './starAnswer';

describe('countWords', () => {
  it('counts words, not spaces or punctuation', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('   \n ')).toBe(0);
    expect(countWords('I led the migration — twice.')).toBe(5);
    expect(countWords("We didn't ship on-call tooling in 2024")).toBe(7);
    expect(countWords('Über café naïve')).toBe(3);
  });
});

describe('answerWords and spokenLength', () => {
  it('adds up the four parts and says how long they take at 150 words a minute', () => {
    expect(WORDS_PER_MINUTE).toBe(150);
    const words = answerWords({
      situation: 'one two three',
      task: 'four',
      action: 'five six',
      result: '',
    });
    expect(words).toBe(6);
    expect(spokenLength(0)).toBe('0 s');
    expect(spokenLength(6)).toBe('2 s');
    expect(spokenLength(150)).toBe('1 min');
    expect(spokenLength(200)).toBe('1 min 20 s');
  });
});
