import type { Me, MeResponse } from '@mockloop/shared';
import path from 'node:path';
import { REPO_ROOT, startTestServer, type TestServer } from '../helpers/startTestServer';

/**
 * The real app on the small fixture bank: auth suites need no particular question, and a fixed
 * bank keeps them independent of work in progress under question-bank/.
 */
export function startAuthServer(
  env: Record<string, string> = {},
  options: Parameters<typeof startTestServer>[1] = {},
): Promise<TestServer> {
  return startTestServer(
    { QUESTION_BANK_DIR: path.join(REPO_ROOT, 'tests/fixtures/banks/small'), ...env },
    options,
  );
}

/** One HTTP answer, read once: status, parsed JSON body (if any) and the `Set-Cookie` lines. */
export interface Answer {
  status: number;
  body: unknown;
  setCookies: string[];
  /** The `name=value` part of the first `Set-Cookie`, ready for a `Cookie` header. */
  cookie: string | undefined;
  /** The `Retry-After` header, if any. */
  retryAfter: string | undefined;
}

export interface CallOptions {
  method?: string;
  cookie?: string | undefined;
  /** Sent as JSON unless it is already a string. */
  body?: unknown;
  headers?: Record<string, string>;
}

/** A request as a script (no browser headers) would send it; cookies only when given. */
export async function call(
  server: TestServer,
  path: string,
  { method = 'GET', cookie, body, headers = {} }: CallOptions = {},
): Promise<Answer> {
  const res = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(cookie ? { cookie } : {}),
      ...headers,
    },
    ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
  });
  const text = await res.text();
  let parsed: unknown = undefined;
  if (text) {
    try {
      parsed = JSON.parse(text) as unknown;
    } catch {
      parsed = text;
    }
  }
  const setCookies = res.headers.getSetCookie();
  return {
    status: res.status,
    body: parsed,
    setCookies,
    cookie: setCookies[0]?.split(';')[0],
    retryAfter: res.headers.get('retry-after') ?? undefined,
  };
}

export function post(server: TestServer, path: string, body: unknown, cookie?: string) {
  return call(server, path, { method: 'POST', body, cookie });
}

/** Signs in a new guest and returns its cookie and user. */
export async function guest(
  server: TestServer,
  displayName: string,
): Promise<{ cookie: string; user: Me }> {
  const res = await post(server, '/api/auth/guest', { displayName });
  if (res.status !== 201 || !res.cookie) throw new Error(`guest sign-in failed: ${res.status}`);
  return { cookie: res.cookie, user: (res.body as MeResponse).user };
}

/** Registers an account (as `cookie`'s guest when given) and returns its cookie and user. */
export async function register(
  server: TestServer,
  username: string,
  password: string,
  cookie?: string,
): Promise<{ cookie: string; user: Me }> {
  const res = await post(server, '/api/auth/register', { username, password }, cookie);
  if (res.status !== 201 || !res.cookie) throw new Error(`register failed: ${res.status}`);
  return { cookie: res.cookie, user: (res.body as MeResponse).user };
}

/** `GET /api/me` as `cookie`: the user, or undefined when the cookie does not sign anyone in. */
export async function me(server: TestServer, cookie: string): Promise<Me | undefined> {
  const res = await call(server, '/api/me', { cookie });
  return res.status === 200 ? (res.body as MeResponse).user : undefined;
}

/** The attributes of one `Set-Cookie` line, lower-cased names. */
export function cookieAttributes(line: string): Map<string, string> {
  const [, ...attributes] = line.split(';');
  return new Map(
    attributes.map((part) => {
      const [name = '', value = ''] = part.trim().split('=');
      return [name.toLowerCase(), value];
    }),
  );
}

/**
 * A raw Engine.IO handshake (polling) with these headers: `{ status: 200 }` when a socket may
 * open; otherwise the transport's refusal, a 403 and its reason, before any connection exists.
 */
export async function socketHandshake(
  server: TestServer,
  headers: Record<string, string>,
): Promise<{ status: number; reason?: string }> {
  const res = await fetch(`${server.url}/socket.io/?EIO=4&transport=polling`, { headers });
  const text = await res.text();
  if (res.status === 200) return { status: 200 };
  return { status: res.status, reason: (JSON.parse(text) as { message: string }).message };
}

export const SIGN_IN_FIRST = { status: 403, reason: 'Sign in or continue as a guest first.' };
export const SESSION_EXPIRED = { status: 403, reason: 'Your session has expired; sign in again.' };
export const CROSS_SITE_SOCKET = { status: 403, reason: 'Cross-site socket refused.' };
