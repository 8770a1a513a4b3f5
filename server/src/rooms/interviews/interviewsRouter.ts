import express, { type Request, type Response, type Router } from 'express';
import { z } from 'zod';
import {
  CreateInterviewRequestSchema,
  InterviewIdParamSchema,
  JoinInterviewRequestSchema,
  type CreateInterviewResponse,
  type InviteLinkResponse,
} from '@mockloop/shared';
import { loadVisibleSession } from '../../auth/access';
import { currentUser, optionalUser, requireUser } from '../../auth/requestUser';
import { forbidden } from '../../http/AppError';
import type { RateLimitRule } from '../../http/rateLimit';
import { memoryLimiter, type MakeLimiter } from '../../http/sharedLimiter';
import { checked, validate } from '../../http/validate';
import type { IoServer } from '../../realtime/ioTypes';
import type { Store } from '../../store/port';
import type { RoomHub } from '../types';
import { createInterview } from './createInterview';
import { inviteUrl } from './inviteCode';
import { joinInterview, previewInvite } from './joinInterview';

/** [AR5] Joins per user, failures included: a burst of 20, refilling at 20 a minute. */
export const JOIN_RATE_LIMIT: RateLimitRule = { limit: 20, windowMs: 60_000 };
/** [AR5] Invite previews per address (anyone may ask): a burst of 60, refilling at 60 a minute. */
export const PREVIEW_RATE_LIMIT: RateLimitRule = { limit: 60, windowMs: 60_000 };

export interface InterviewsRouterDeps {
  hub: RoomHub;
  store: Store;
  io: IoServer;
  /** The origin invite links name: `PUBLIC_ORIGIN`, else the request's own. */
  originOf: (req: Request) => string;
  /** Where the join and preview allowances live; in memory when absent. */
  makeLimiter?: MakeLimiter;
}

// The code is checked by `previewInvite` itself, so a malformed one gets the same 404 as a wrong one.
const InviteParamSchema = z.object({ code: z.string().max(200) }).strict();

/** Live interviews over REST: create, preview an invite, join, and the invite link again. */
export function interviewsRouter(deps: InterviewsRouterDeps): Router {
  const { hub, store } = deps;
  const router = express.Router();
  const makeLimiter = deps.makeLimiter ?? memoryLimiter;
  const joins = makeLimiter('interview-joins', JOIN_RATE_LIMIT);
  const previews = makeLimiter('invite-previews', PREVIEW_RATE_LIMIT);

  router.post(
    '/interviews',
    requireUser,
    validate('body', CreateInterviewRequestSchema),
    async (req, res: Response<CreateInterviewResponse>) => {
      const { format } = checked(res.locals, 'body', CreateInterviewRequestSchema);
      const { session, code } = await createInterview(store, currentUser(res), format);
      res.status(201).json({ session, inviteUrl: inviteUrl(deps.originOf(req), code) });
    },
  );

  router.get(
    '/interviews/invites/:code',
    (req, _res, next) => {
      previews.consume(`ip:${req.ip ?? 'unknown'}`, 'invite look-ups').then(() => next(), next);
    },
    validate('params', InviteParamSchema),
    async (_req, res) => {
      const { code } = checked(res.locals, 'params', InviteParamSchema);
      res.json(await previewInvite(hub, store, code, optionalUser(res)));
    },
  );

  router.post(
    '/interviews/join',
    requireUser,
    (_req, res, next) => {
      joins.consume(`user:${currentUser(res).id}`, 'attempts to join').then(() => next(), next);
    },
    validate('body', JoinInterviewRequestSchema),
    async (_req, res) => {
      const { code } = checked(res.locals, 'body', JoinInterviewRequestSchema);
      res.json(await joinInterview(deps, code, currentUser(res)));
    },
  );

  router.get(
    '/interviews/:id/invite',
    requireUser,
    validate('params', InterviewIdParamSchema),
    async (req, res: Response<InviteLinkResponse>) => {
      const { id } = checked(res.locals, 'params', InterviewIdParamSchema);
      const user = currentUser(res);
      // [AR1] a stranger learns nothing (404); [AR5] only the creator holds the code.
      const session = await loadVisibleSession(store, id, user);
      if (session.createdBy !== user.id)
        throw forbidden('Only the person who created the room can share its invite.');
      const code = (await hub.get(id)).log().inviteCode;
      if (code === null) throw forbidden('This session has no invite.');
      res.json({ inviteUrl: inviteUrl(deps.originOf(req), code) });
    },
  );

  return router;
}
