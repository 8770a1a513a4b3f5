import express, { type Router } from 'express';
import {
  AttemptsQuerySchema,
  MAX_ATTEMPTS_LISTED,
  type AttemptsResponse,
  type RepeatedQuestionsResponse,
  type Session,
  type User,
} from '@mockloop/shared';
import { readVisibleEvents } from '../../auth/access';
import { currentUser } from '../../auth/requestUser';
import type { QuestionBank } from '../../bank/types';
import { notFound } from '../../http/AppError';
import { checked, validate } from '../../http/validate';
import type { Store } from '../../store/port';
import { newestSessions } from '../review/acceptTimes';
import type { AskedAttempt } from './attemptParts';
import { interviewAttempts } from './interviewAttempts';
import { practiceAttempts } from './practiceAttempts';

/** The caller's newest sessions that asked `questionId`, at most `MAX_ATTEMPTS_LISTED`. */
async function sessionsAsking(store: Store, userId: string, questionId: string) {
  const sessions: Session[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listUserSessions(userId, {
      questionId,
      limit: 100,
      ...(cursor ? { cursor } : {}),
    });
    sessions.push(...page.sessions);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && sessions.length < MAX_ATTEMPTS_LISTED);
  return sessions.slice(0, MAX_ATTEMPTS_LISTED);
}

/** [AR1]-[AR3]: each session's events are read as `user` may see them, never all of them. */
async function attemptsOf(store: Store, user: User, questionId: string): Promise<AskedAttempt[]> {
  const sessions = await sessionsAsking(store, user.id, questionId);
  const perSession = await Promise.all(
    sessions.map(async (session) => {
      const events = await readVisibleEvents(store, session.id, user);
      return session.kind === 'practice'
        ? practiceAttempts(session, events, questionId)
        : interviewAttempts(session, events, user.id, questionId);
    }),
  );
  return perSession
    .flat()
    .sort((a, b) => b.attempt.startedAt - a.attempt.startedAt)
    .slice(0, MAX_ATTEMPTS_LISTED);
}

/**
 * `GET /api/me/attempts?questionId=`: the caller's attempts at one question, newest first;
 * `GET /api/me/attempts/repeated`: which questions they met more than once (for history links).
 */
export function attemptsRouter(store: Store, bank: QuestionBank): Router {
  const router = express.Router();

  router.get('/me/attempts/repeated', async (_req, res) => {
    const counts = new Map<string, number>();
    for (const session of await newestSessions(store, currentUser(res).id)) {
      for (const { questionId } of session.questions) {
        counts.set(questionId, (counts.get(questionId) ?? 0) + 1);
      }
    }
    const body: RepeatedQuestionsResponse = {
      counts: Object.fromEntries([...counts].filter(([, n]) => n > 1)),
    };
    res.json(body);
  });

  router.get('/me/attempts', validate('query', AttemptsQuerySchema), async (_req, res) => {
    const { questionId } = checked(res.locals, 'query', AttemptsQuerySchema);
    const asked = await attemptsOf(store, currentUser(res), questionId);
    const question = bank.publicView(questionId);
    // A question that left the bank still has its attempts; one never met nor known is 404.
    if (!question && asked.length === 0) throw notFound('No such question.');
    const body: AttemptsResponse = {
      questionId,
      title: question?.title ?? asked[0]?.title ?? questionId,
      kind: question?.kind ?? asked[0]?.kind ?? null,
      attempts: asked.map((a) => a.attempt),
    };
    res.json(body);
  });

  return router;
}
