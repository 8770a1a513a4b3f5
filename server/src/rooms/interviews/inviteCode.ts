import { randomBytes } from 'node:crypto';
import { InviteCodeSchema } from '@mockloop/shared';
import { inviteCodeMatches } from '../../auth/access';

/** 128 random bits: the architecture asks for at least 96. */
const SECRET_BYTES = 16;

export interface InviteCodeParts {
  sessionId: string;
  secret: string;
}

/** A new invite code for a room: `<sessionId>.<secret>`. */
export function newInviteCode(sessionId: string): string {
  return `${sessionId}.${randomBytes(SECRET_BYTES).toString('base64url')}`;
}

/** The code's parts, or `null` when it is not an invite code at all. */
export function splitInviteCode(code: string): InviteCodeParts | null {
  if (!InviteCodeSchema.safeParse(code).success) return null;
  const dot = code.lastIndexOf('.');
  return { sessionId: code.slice(0, dot), secret: code.slice(dot + 1) };
}

/**
 * [AR5] True when `given` is the room's code. The session id only finds the room; the secret,
 * compared in constant time, is what lets one in.
 */
export function inviteCodeAdmits(stored: string | null, given: InviteCodeParts): boolean {
  if (stored === null) return false;
  const expected = splitInviteCode(stored);
  return (
    expected !== null &&
    expected.sessionId === given.sessionId &&
    inviteCodeMatches(expected.secret, given.secret)
  );
}

/** What the candidate opens: `<origin>/join/<code>`. */
export function inviteUrl(origin: string, code: string): string {
  return `${origin}/join/${encodeURIComponent(code)}`;
}
