import type { RequestHandler, Response } from 'express';
import type { User } from '@mockloop/shared';
import { unauthorized } from '../http/AppError';
import { cookieIsSecure, readSessionToken, sessionCookie, type CookieSecure } from './cookies';
import { SESSION_TTL_MS, type AuthService } from './createAuthService';

interface AuthLocals {
  user?: User;
  token?: string;
}

/**
 * Resolves the session cookie, if any, to a user for the handlers after it. When the use slid the
 * sign-in's expiry, the cookie is sent again with a fresh Max-Age, so the browser keeps it as
 * long as the server does.
 */
export function authenticate(auth: AuthService, cookieSecure: CookieSecure): RequestHandler {
  return (req, res, next) => {
    const token = readSessionToken(req.headers.cookie);
    if (!token) {
      next();
      return;
    }
    auth.resolve(token).then((resolved) => {
      if (resolved) {
        Object.assign(res.locals as AuthLocals, { user: resolved.user, token });
        if (resolved.renewed) {
          const secure = cookieIsSecure(req.secure, cookieSecure);
          res.setHeader(
            'Set-Cookie',
            sessionCookie(token, { secure, maxAgeSeconds: SESSION_TTL_MS / 1000 }),
          );
        }
      }
      next();
    }, next);
  };
}

/** The signed-in user, or undefined for an anonymous request. */
export function optionalUser(res: Response): User | undefined {
  return (res.locals as AuthLocals).user;
}

/** The signed-in user; throws 401 for anonymous requests. */
export function currentUser(res: Response): User {
  const user = optionalUser(res);
  if (!user) throw unauthorized();
  return user;
}

export function currentToken(res: Response): string | undefined {
  return (res.locals as AuthLocals).token;
}

/** Guards a router: anonymous requests get 401 in the error shape. */
export const requireUser: RequestHandler = (_req, res, next) => {
  next(optionalUser(res) ? undefined : unauthorized());
};
