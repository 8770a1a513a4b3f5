import { RateLimiter } from '../http/rateLimit';

const MINUTE = 60_000;

/** The limits of docs/access-rules.md; each throws 429 `rate_limited` when exceeded. */
export interface AuthLimits {
  signIn(ip: string | undefined, username: string): void;
  accountCreation(ip: string | undefined): void;
}

/** `scale` multiplies every limit: test suites that sign in hundreds of users use a large one. */
export function createAuthLimits({
  scale = 1,
  now = Date.now,
}: { scale?: number; now?: () => number } = {}): AuthLimits {
  const signInPerIp = new RateLimiter({ limit: 10 * scale, windowMs: MINUTE }, now);
  const signInPerUsername = new RateLimiter({ limit: 5 * scale, windowMs: MINUTE }, now);
  const creationPerIp = new RateLimiter({ limit: 10 * scale, windowMs: 10 * MINUTE }, now);
  return {
    signIn(ip, username) {
      signInPerIp.consume(ip ?? 'unknown', 'sign-in attempts');
      signInPerUsername.consume(username.toLowerCase(), 'sign-in attempts for this username');
    },
    accountCreation(ip) {
      creationPerIp.consume(ip ?? 'unknown', 'new accounts from your address');
    },
  };
}
