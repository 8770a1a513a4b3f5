import express, { type Response, type Router } from 'express';
import { z } from 'zod';
import {
  ChecklistRequestSchema,
  QuickPracticeRequestSchema,
  RoundParamsSchema,
  SaveDraftRequestSchema,
  SelfRatingRequestSchema,
  StartPracticeRequestSchema,
  type PracticeState,
  type User,
} from '@mockloop/shared';
import { loadVisibleSession } from '../../auth/access';
import { currentUser } from '../../auth/requestUser';
import { checked, validate } from '../../http/validate';
import { buildPracticeState } from './buildPracticeState';
import type { Practice } from './createPractice';
import { planQuickPractice } from './quickPractice';
import { rateSelf, reviewRound, revealHint, saveDraft, tickChecklist } from './roundActions';
import { openRoundIndex, roundPhase } from './roundPhase';
import { planRounds, startPractice } from './startPractice';

/** A whiteboard scene may be up to 512 KiB; every other API body stays under 100 kB. */
export const DRAFT_ROUTE = '/sessions/:id/rounds/:index/draft';
export const draftBodyParser = express.json({ limit: '600kb' });

/** How long ending a round waits for its verdict before answering `judging`. */
const END_WAIT_MS = 15_000;

const IdParamsSchema = z.object({ id: z.string().min(1).max(64) }).strict();

async function practiceState(practice: Practice, user: User, id: string): Promise<PracticeState> {
  await loadVisibleSession(practice.engine.deps.store, id, user);
  const { session, log, now } = await practice.engine.read(id);
  const open = openRoundIndex(log);
  const round = open === null ? undefined : log.rounds[open];
  if (round && roundPhase(round, now) === 'expired') {
    void practice.settle(id).catch(() => undefined);
  }
  return buildPracticeState(session, log, now);
}

function target(res: Response) {
  const { id, index } = checked(res.locals, 'params', RoundParamsSchema);
  return { user: currentUser(res), sessionId: id, index };
}

function waitAtMost(work: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, ms)));
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Timed practice (docs/sessions.md): start, resume, autosave, hints, end, review, ratings. */
export function practiceRouter(practice: Practice): Router {
  const router = express.Router();
  const round = validate('params', RoundParamsSchema);

  router.post('/sessions', validate('body', StartPracticeRequestSchema), async (_req, res) => {
    const body = checked(res.locals, 'body', StartPracticeRequestSchema);
    const plan = planRounds(practice, body.rounds);
    res.status(201).json(await startPractice(practice, currentUser(res), plan));
  });

  router.post(
    '/sessions/quick',
    validate('body', QuickPracticeRequestSchema),
    async (_req, res) => {
      const body = checked(res.locals, 'body', QuickPracticeRequestSchema);
      const user = currentUser(res);
      const { store, bank } = practice.engine.deps;
      const plan = await planQuickPractice(store, bank, user, body);
      res.status(201).json(await startPractice(practice, user, plan, body.preset));
    },
  );

  router.get('/sessions/:id/practice', validate('params', IdParamsSchema), async (_req, res) => {
    const { id } = checked(res.locals, 'params', IdParamsSchema);
    res.json(await practiceState(practice, currentUser(res), id));
  });

  router.put(DRAFT_ROUTE, round, validate('body', SaveDraftRequestSchema), async (_req, res) => {
    const body = checked(res.locals, 'body', SaveDraftRequestSchema);
    res.json(await saveDraft(practice, target(res), body));
  });

  router.post('/sessions/:id/rounds/:index/hints', round, async (_req, res) => {
    res.json(await revealHint(practice, target(res)));
  });

  for (const action of ['end', 'skip'] as const) {
    router.post(`/sessions/:id/rounds/:index/${action}`, round, async (_req, res) => {
      const { user, sessionId, index } = target(res);
      await loadVisibleSession(practice.engine.deps.store, sessionId, user);
      const reason = action === 'end' ? 'ended' : 'skipped';
      const { judging } = await practice.endRound(sessionId, index, reason, user.id);
      await waitAtMost(judging, END_WAIT_MS);
      res.json(await practiceState(practice, user, sessionId));
    });
  }

  router.get('/sessions/:id/rounds/:index/review', round, async (_req, res) => {
    res.json(await reviewRound(practice, target(res)));
  });

  router.post(
    '/sessions/:id/rounds/:index/self-rating',
    round,
    validate('body', SelfRatingRequestSchema),
    async (_req, res) => {
      const at = target(res);
      await rateSelf(practice, at, checked(res.locals, 'body', SelfRatingRequestSchema));
      res.json(await practiceState(practice, at.user, at.sessionId));
    },
  );

  router.put(
    '/sessions/:id/rounds/:index/checklist',
    round,
    validate('body', ChecklistRequestSchema),
    async (_req, res) => {
      const at = target(res);
      await tickChecklist(practice, at, checked(res.locals, 'body', ChecklistRequestSchema));
      res.json(await practiceState(practice, at.user, at.sessionId));
    },
  );

  return router;
}
