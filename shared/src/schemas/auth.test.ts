import { describe, expect, it } from 'vitest';
import { PasswordSchema } from './auth';

describe('PasswordSchema', () => {
  it('refuses a password of only whitespace, whatever its length', () => {
    for (const blank of [' '.repeat(10), '\t'.repeat(12), ' \n '.repeat(40)]) {
      expect(PasswordSchema.safeParse(blank).error?.issues[0]?.message).toBe(
        'the password cannot be only spaces',
      );
    }
  });

  it('keeps spaces that are part of a passphrase, untrimmed', () => {
    expect(PasswordSchema.parse('  correct horse  ')).toBe('  correct horse  ');
  });
});
