import { describe, expect, it } from 'vitest';
import { DisplayNameSchema } from './user';

describe('DisplayNameSchema', () => {
  it('refuses text-direction overrides that can disguise a name', () => {
    expect(DisplayNameSchema.safeParse('Ada\u202Enimda').success).toBe(false);
    expect(DisplayNameSchema.safeParse('\u2067Ada').success).toBe(false);
  });

  it('accepts names in any script, trimmed', () => {
    expect(DisplayNameSchema.parse('  Ada Lovelace ')).toBe('Ada Lovelace');
    expect(DisplayNameSchema.safeParse('أدا').success).toBe(true);
  });
});
