import express, { type Router } from 'express';
import type { ProgressResponse } from '@mockloop/shared';
import { currentUser } from '../../auth/requestUser';
import type { QuestionBank } from '../../bank/types';
import type { Store } from '../../store/port';
import { acceptTimes, newestSessions } from './acceptTimes';
import { foldProgress, type QuestionInfo } from './foldProgress';

/** `GET /api/me/progress`: the caller's own sessions folded into the progress page's figures. */
export function progressRouter(
  store: Store,
  bank: QuestionBank,
  now: () => number = Date.now,
): Router {
  const router = express.Router();
  const question: QuestionInfo = (id) => bank.publicView(id);
  router.get('/me/progress', async (_req, res) => {
    const user = currentUser(res);
    const sessions = await newestSessions(store, user.id);
    const body: ProgressResponse = foldProgress(
      sessions,
      user.id,
      question,
      await acceptTimes(store, sessions),
      now(),
    );
    res.json(body);
  });
  return router;
}
