import { describe, expect, it } from 'vitest';
import { normalizeTag } from './QuestionFilters';

describe('normalizeTag', () => {
  it('turns what someone typed into a kebab-case tag the API accepts', () => {
    expect(normalizeTag('  Hash Map ')).toBe('hash-map');
    expect(normalizeTag('linked_list')).toBe('linked-list');
    expect(normalizeTag('--<b>graphs</b>')).toBe('bgraphsb');
    expect(normalizeTag('')).toBe('');
    expect(normalizeTag('x'.repeat(100))).toHaveLength(60);
  });
});
