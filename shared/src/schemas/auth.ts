import { z } from 'zod';
import { DisplayNameSchema, UsernameSchema, type User } from './user';

/**
 * At least 10 characters, not all of them spaces; long passphrases welcome, absurd lengths
 * refused (KDF cost). Never trimmed: spaces inside a passphrase are part of it.
 */
export const PasswordSchema = z
  .string()
  .min(10, 'the password needs at least 10 characters')
  .max(200, 'the password may have at most 200 characters')
  .regex(/\S/, 'the password cannot be only spaces');

/** `POST /api/auth/guest`: start in seconds with a display name. */
export const GuestSignInSchema = z.object({ displayName: DisplayNameSchema }).strict();
export type GuestSignIn = z.infer<typeof GuestSignInSchema>;

/**
 * `POST /api/auth/register`: create an account, or, when the caller is signed in as a guest,
 * turn that guest into an account that keeps its sessions.
 */
export const RegisterSchema = z
  .object({
    username: UsernameSchema,
    password: PasswordSchema,
    /** Defaults to the guest's display name, or the username. */
    displayName: DisplayNameSchema.optional(),
  })
  .strict();
export type Register = z.infer<typeof RegisterSchema>;

/** `POST /api/auth/signin`. Signing in while a guest moves the guest's sessions to the account. */
export const SignInSchema = z
  .object({
    username: z.string().min(1).max(64),
    password: z.string().min(1).max(200),
  })
  .strict();
export type SignIn = z.infer<typeof SignInSchema>;

/** The signed-in person as the browser sees them: never a password hash. */
export type Me = Omit<User, 'passwordHash'>;

/** `GET /api/me` and every auth route answer `{ user }`. */
export interface MeResponse {
  user: Me;
}
