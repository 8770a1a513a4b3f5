import express, { type Request, type Response, type Router } from 'express';
import {
  GuestSignInSchema,
  RegisterSchema,
  SignInSchema,
  type MeResponse,
  type ViewerResponse,
} from '@mockloop/shared';
import { checked, validate } from '../http/validate';
import { clearedSessionCookie, cookieIsSecure, sessionCookie, type CookieSecure } from './cookies';
import { SESSION_TTL_MS, toMe, type AuthService, type SignedIn } from './createAuthService';
import type { AuthLimits } from './authLimits';
import { currentToken, currentUser, optionalUser } from './requestUser';
import type { Store } from '../store/port';
import { exportUserData } from './exportUserData';

export interface AuthRouterOptions {
  auth: AuthService;
  store: Store;
  limits: AuthLimits;
  cookieSecure: CookieSecure;
}

/** Sign-in, sign-up, guests, sign-out, and the signed-in user's own data: `/api/auth/*`, `/api/me`. */
export function authRouter({ auth, store, limits, cookieSecure }: AuthRouterOptions): Router {
  const router = express.Router();
  const secure = (req: Request) => cookieIsSecure(req.secure, cookieSecure);

  async function signedIn(req: Request, res: Response, status: number, result: SignedIn) {
    const previous = currentToken(res);
    if (previous) await auth.signOut(previous);
    res.setHeader(
      'Set-Cookie',
      sessionCookie(result.token, { secure: secure(req), maxAgeSeconds: SESSION_TTL_MS / 1000 }),
    );
    const body: MeResponse = { user: toMe(result.user) };
    res.status(status).json(body);
  }

  router.post('/auth/guest', validate('body', GuestSignInSchema), async (req, res) => {
    limits.accountCreation(req.ip);
    await signedIn(
      req,
      res,
      201,
      await auth.startGuest(checked(res.locals, 'body', GuestSignInSchema)),
    );
  });

  router.post('/auth/register', validate('body', RegisterSchema), async (req, res) => {
    limits.accountCreation(req.ip);
    const input = checked(res.locals, 'body', RegisterSchema);
    await signedIn(req, res, 201, await auth.register(input, optionalUser(res)));
  });

  router.post('/auth/signin', validate('body', SignInSchema), async (req, res) => {
    const input = checked(res.locals, 'body', SignInSchema);
    limits.signIn(req.ip, input.username);
    await signedIn(req, res, 200, await auth.signIn(input, optionalUser(res)));
  });

  router.post('/auth/signout', async (req, res) => {
    const token = currentToken(res);
    if (token) await auth.signOut(token);
    res.setHeader('Set-Cookie', clearedSessionCookie(secure(req)));
    res.status(204).end();
  });

  // The browser asks this on every page load: 200 with `user: null` for an anonymous visitor,
  // because a 401 there would log an error in the console of every first visit.
  router.get('/auth/viewer', (_req, res) => {
    const user = optionalUser(res);
    const body: ViewerResponse = { user: user ? toMe(user) : null };
    res.json(body);
  });

  router.get('/me', (_req, res) => {
    const body: MeResponse = { user: toMe(currentUser(res)) };
    res.json(body);
  });

  router.delete('/me', async (req, res) => {
    await auth.deleteAccount(currentUser(res));
    res.setHeader('Set-Cookie', clearedSessionCookie(secure(req)));
    res.status(204).end();
  });

  router.get('/me/export', async (_req, res) => {
    const user = currentUser(res);
    res.setHeader('Content-Disposition', 'attachment; filename="mockloop-export.json"');
    res.json(await exportUserData(store, user));
  });

  return router;
}
