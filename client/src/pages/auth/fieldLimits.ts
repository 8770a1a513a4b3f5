import { DisplayNameSchema, PasswordSchema, SignInSchema, UsernameSchema } from '@mockloop/shared';

interface LengthChecked {
  minLength: number | null;
  maxLength: number | null;
}

/** The `minLength`/`maxLength` input attributes a shared string schema implies. */
function lengthsOf(schema: LengthChecked): { minLength?: number; maxLength?: number } {
  return {
    ...(schema.minLength !== null ? { minLength: schema.minLength } : {}),
    ...(schema.maxLength !== null ? { maxLength: schema.maxLength } : {}),
  };
}

/**
 * Form limits of the sign-in page, read from the schemas the server checks with, so the browser
 * never refuses what the server accepts (or the other way round).
 */
export const FIELD_LIMITS = {
  displayName: lengthsOf(DisplayNameSchema),
  register: { username: lengthsOf(UsernameSchema), password: lengthsOf(PasswordSchema) },
  signin: {
    username: lengthsOf(SignInSchema.shape.username),
    password: lengthsOf(SignInSchema.shape.password),
  },
};
