export const SESSION_COOKIE = 'mockloop_session';

/**
 * The session token from a `Cookie` header; undefined when absent, malformed or ambiguous.
 *
 * Ambiguous means two different `mockloop_session` values. A browser sends both when a sibling
 * subdomain has set one for the parent domain ("cookie tossing"), listing the longer Path first,
 * so the first is not necessarily ours. Choosing either would let that site decide who the
 * visitor is signed in as; signing in no one is the only safe answer.
 */
export function readSessionToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const values = new Set<string>();
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1 || part.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    values.add(part.slice(eq + 1).trim());
  }
  const [value, ...others] = values;
  if (value === undefined || others.length > 0) return undefined;
  return /^[A-Za-z0-9_-]{16,128}$/.test(value) ? value : undefined;
}

/** `COOKIE_SECURE`: `true`/`false` force the Secure flag; `auto` sets it on HTTPS requests. */
export type CookieSecure = 'auto' | 'true' | 'false';

export function cookieIsSecure(requestIsSecure: boolean, setting: CookieSecure): boolean {
  return setting === 'auto' ? requestIsSecure : setting === 'true';
}

export interface CookieOptions {
  secure: boolean;
  maxAgeSeconds: number;
}

/** httpOnly (scripts never see it), SameSite=Lax (no cross-site POSTs carry it), Secure on HTTPS. */
export function sessionCookie(token: string, { secure, maxAgeSeconds }: CookieOptions): string {
  const parts = [
    `${SESSION_COOKIE}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAgeSeconds}`,
  ];
  if (secure) parts.push('Secure');
  return parts.join('; ');
}

export function clearedSessionCookie(secure: boolean): string {
  return sessionCookie('', { secure, maxAgeSeconds: 0 });
}
