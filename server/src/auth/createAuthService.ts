import {
  UserKind,
  type GuestSignIn,
  type Me,
  type Register,
  type SignIn,
  type User,
} from '@mockloop/shared';
import { conflict, unauthorized } from '../http/AppError';
import type { Store } from '../store/port';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords';
import { hashToken, newSessionToken } from './tokens';

const DAY = 24 * 60 * 60 * 1000;
/** A cookie lives 30 days after its last use. */
export const SESSION_TTL_MS = 30 * DAY;
/** Renew at most once an hour, so every request does not write to the store. */
const RENEW_AFTER_MS = 60 * 60 * 1000;

export interface SignedIn {
  user: User;
  /** The new cookie value; only its hash is stored. */
  token: string;
}

/** The user behind a cookie, and whether this use slid its expiry (so the cookie is re-sent). */
export interface Resolved {
  user: User;
  renewed: boolean;
}

/** A sign-in that ended: one browser's (by its token's hash) or every one of a user's. */
export type Revocation = { tokenHash: string } | { userId: string };

export interface AuthService {
  startGuest(input: GuestSignIn): Promise<SignedIn>;
  /** A guest caller becomes the account (same id, sessions kept); anyone else gets a new one. */
  register(input: Register, current: User | undefined): Promise<SignedIn>;
  /** A guest caller's sessions move to the account and the guest is removed. */
  signIn(input: SignIn, current: User | undefined): Promise<SignedIn>;
  /** The user behind a cookie token, renewing it on the way; undefined when unknown or expired. */
  resolve(token: string): Promise<Resolved | undefined>;
  signOut(token: string): Promise<void>;
  deleteAccount(user: User): Promise<void>;
  /**
   * Calls `listener` after every sign-out, account deletion and guest merged into an account,
   * so live sockets opened with those sign-ins can be dropped. Returns the unsubscribe.
   */
  onRevoked(listener: (revoked: Revocation) => void): () => void;
}

/** What a browser may see of a user. */
export function toMe({ passwordHash: _hidden, ...me }: User): Me {
  return me;
}

export function createAuthService(store: Store, now: () => number = Date.now): AuthService {
  const revocationListeners = new Set<(revoked: Revocation) => void>();
  function revoked(what: Revocation) {
    for (const listener of revocationListeners) listener(what);
  }

  async function issue(user: User): Promise<SignedIn> {
    const token = newSessionToken();
    const at = now();
    await store.createAuthSession({
      tokenHash: hashToken(token),
      userId: user.id,
      createdAt: at,
      lastSeenAt: at,
      expiresAt: at + SESSION_TTL_MS,
    });
    return { user, token };
  }

  return {
    async startGuest({ displayName }) {
      const user = await store.createUser({
        username: null,
        displayName,
        kind: UserKind.Guest,
        passwordHash: null,
      });
      return issue(user);
    },

    async register({ username, password, displayName }, current) {
      if (await store.findUserByUsername(username)) throw conflict('That username is taken.');
      const passwordHash = await hashPassword(password);
      const user =
        current?.kind === UserKind.Guest
          ? await store.updateUser(current.id, {
              username,
              passwordHash,
              kind: UserKind.Account,
              displayName: displayName ?? current.displayName,
            })
          : await store.createUser({
              username,
              passwordHash,
              kind: UserKind.Account,
              displayName: displayName ?? username,
            });
      return issue(user);
    },

    async signIn({ username, password }, current) {
      const user = await store.findUserByUsername(username);
      const ok = user?.passwordHash
        ? await verifyPassword(password, user.passwordHash)
        : await verifyAgainstDummy(password);
      // One message for both cases, so the answer does not reveal which usernames exist.
      if (!user || !ok) throw unauthorized('Wrong username or password.');
      if (current?.kind === UserKind.Guest && current.id !== user.id) {
        await store.adoptSessions(current.id, user.id);
        await store.deleteUser(current.id);
        revoked({ userId: current.id });
      }
      return issue(user);
    },

    async resolve(token) {
      const tokenHash = hashToken(token);
      const session = await store.findAuthSession(tokenHash);
      const at = now();
      if (!session) return undefined;
      if (session.expiresAt <= at) {
        await store.deleteAuthSession(tokenHash);
        return undefined;
      }
      const user = await store.getUser(session.userId);
      if (!user) return undefined;
      const renewed = at - session.lastSeenAt >= RENEW_AFTER_MS;
      if (renewed) {
        await store.touchAuthSession(tokenHash, { lastSeenAt: at, expiresAt: at + SESSION_TTL_MS });
      }
      return { user, renewed };
    },

    async signOut(token) {
      const tokenHash = hashToken(token);
      await store.deleteAuthSession(tokenHash);
      revoked({ tokenHash });
    },

    async deleteAccount(user) {
      await store.deleteUser(user.id);
      revoked({ userId: user.id });
    },

    onRevoked(listener) {
      revocationListeners.add(listener);
      return () => revocationListeners.delete(listener);
    },
  };
}
