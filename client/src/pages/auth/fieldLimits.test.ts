import { describe, expect, it } from 'vitest';
import { FIELD_LIMITS } from './fieldLimits';

describe('sign-in form limits', () => {
  it('are the limits the server checks, per form', () => {
    // Signing in accepts any stored username the server does (up to 64), not the sign-up cap.
    expect(FIELD_LIMITS.signin.username).toEqual({ minLength: 1, maxLength: 64 });
    expect(FIELD_LIMITS.register.username).toEqual({ minLength: 3, maxLength: 32 });
    expect(FIELD_LIMITS.register.password).toEqual({ minLength: 10, maxLength: 200 });
    expect(FIELD_LIMITS.signin.password).toEqual({ minLength: 1, maxLength: 200 });
    expect(FIELD_LIMITS.displayName).toEqual({ minLength: 1, maxLength: 60 });
  });
});
