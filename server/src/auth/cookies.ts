export const SESSION_COOKIE = 'mockloop_session';

/** Reads one cookie from a `Cookie` header; undefined when absent or malformed. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq === -1) continue;
    if (part.slice(0, eq).trim() !== name) continue;
    const value = part.slice(eq + 1).trim();
    return /^[A-Za-z0-9_-]{16,128}$/.test(value) ? value : undefined;
  }
  return undefined;
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
