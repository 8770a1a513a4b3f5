import { z } from 'zod';

/** Milliseconds since the Unix epoch, as every stored timestamp is kept. */
export const EpochMsSchema = z.number().int().nonnegative().max(8.64e15);

export const UserKind = {
  /** Signed in with a display name only; may later become an account. */
  Guest: 'guest',
  /** Has a username (and usually a password). */
  Account: 'account',
} as const;
export type UserKind = (typeof UserKind)[keyof typeof UserKind];
export const USER_KINDS = Object.values(UserKind) as [UserKind, ...UserKind[]];

/** Opaque id chosen by the store (a UUID today). */
export const UserIdSchema = z.string().min(1).max(64);

/** Unique case-insensitively: `Ada` and `ada` are the same account. */
export const UsernameSchema = z
  .string()
  .min(3)
  .max(32)
  .regex(
    /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
    'use letters, digits, dots, dashes and underscores, starting with a letter or digit',
  );

/**
 * What others see; any script, but no control characters and no bidirectional overrides
 * (U+202A-U+202E, U+2066-U+2069), which can make one name look like another.
 */
export const DisplayNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(60)
  // eslint-disable-next-line no-control-regex
  .regex(/^[^\u0000-\u001f\u007f-\u009f]*$/, 'must not contain control characters')
  .regex(/^[^\u202a-\u202e\u2066-\u2069]*$/, 'must not contain text-direction overrides');

/** A stored user. `passwordHash` never leaves the server. */
export const UserSchema = z
  .object({
    id: UserIdSchema,
    /** Set for accounts, `null` for guests. */
    username: UsernameSchema.nullable(),
    displayName: DisplayNameSchema,
    kind: z.enum(USER_KINDS),
    /** A self-describing KDF string (e.g. `scrypt$...`); `null` for guests. */
    passwordHash: z.string().min(1).max(1024).nullable(),
    createdAt: EpochMsSchema,
  })
  .strict()
  .refine((user) => (user.kind === UserKind.Account) === (user.username !== null), {
    message: 'an account has a username and a guest has none',
    path: ['username'],
  })
  .refine((user) => user.kind === UserKind.Account || user.passwordHash === null, {
    message: 'a guest has no password',
    path: ['passwordHash'],
  });
export type User = z.infer<typeof UserSchema>;

/** A signed-in browser: only the hash of its cookie token is stored. */
export const AuthSessionSchema = z
  .object({
    /** Hex or base64url digest of the opaque cookie token. */
    tokenHash: z.string().min(16).max(128),
    userId: UserIdSchema,
    createdAt: EpochMsSchema,
    expiresAt: EpochMsSchema,
    lastSeenAt: EpochMsSchema,
  })
  .strict();
export type AuthSession = z.infer<typeof AuthSessionSchema>;
