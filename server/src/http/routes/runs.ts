import { Router, type Request, type RequestHandler, type Response } from 'express';
import {
  CustomRunRequestSchema,
  SessionRunRequestSchema,
  type HiddenTestResult,
  type PublicRunResult,
  type RunResult,
  type TestResult,
} from '@mockloop/shared';
import { currentUser } from '../../auth/requestUser';
import type { QuestionBank } from '../../bank/types';
import { JudgeBusyError, type Judge } from '../../judge';
import type { SessionRunHooks } from '../../sessions/practice/sessionRuns';
import { busy, notFound } from '../AppError';
import type { RateLimitRule } from '../rateLimit';
import { memoryLimiter, type MakeLimiter } from '../sharedLimiter';
import { checked, validate } from '../validate';
import { customInputQuestion, customRunResult } from './customRun';

/** Default: a burst of 30 runs, refilling at 30 a minute, per user (or per address). */
export const RUN_RATE_LIMIT: RateLimitRule = { limit: 30, windowMs: 60_000 };

export interface RunsRouterDeps {
  bank: QuestionBank;
  judge: Judge;
  rateLimit?: RateLimitRule;
  /** Where the allowance lives; in memory when absent. */
  makeLimiter?: MakeLimiter;
  /** Whose allowance a request spends; the auth layer may pass its own. */
  rateKey?: (req: Request, res: Response) => string;
  /** Records runs that name a `sessionId` in that practice session. */
  sessionRuns?: SessionRunHooks;
}

/** Seconds a client should wait after a 503 `busy` from the judge. */
const JUDGE_RETRY_AFTER_S = 2;

/**
 * Who a run is charged to: the signed-in or guest user when the auth middleware resolved one,
 * else the client's address.
 */
export function runRateKey(req: Request, res: Response): string {
  const user = (res.locals as { user?: { id?: unknown } }).user;
  if (user && typeof user.id === 'string') return `user:${user.id}`;
  return `ip:${req.ip ?? 'unknown'}`;
}

/**
 * What a candidate may see of a result: hidden cases keep only their name, verdict and a
 * judge-written message; their inputs, expected and actual values, logs and times never leave (a
 * submission can spin in proportion to its input and read it back from the time).
 */
export function publicRunResult(result: RunResult): PublicRunResult {
  return {
    ...result,
    tests: result.tests.map((t) => (t.hidden ? hiddenView(t) : { ...t, hidden: false })),
  };
}

function hiddenView(test: TestResult): HiddenTestResult {
  return {
    name: test.name,
    hidden: true,
    verdict: test.verdict,
    ...(test.skipped ? { skipped: true } : {}),
    ...(test.message !== undefined && isJudgeMessage(test.message)
      ? { message: test.message }
      : {}),
  };
}

// The judge writes these itself; anything else could echo a hidden input back.
function isJudgeMessage(message: string): boolean {
  return /^(Time limit exceeded|Memory limit exceeded|Not run|The judge)/.test(message);
}

/** A full judge queue is a 503 `busy` with the seconds to wait; anything else passes on. */
function judgeError(error: unknown, res: Response): unknown {
  if (!(error instanceof JudgeBusyError)) return error;
  res.setHeader('Retry-After', String(JUDGE_RETRY_AFTER_S));
  return busy(error.message);
}

/** `POST /runs`: judges code against a coding question's examples (`run`) or all cases (`submit`). */
export function runsRouter(deps: RunsRouterDeps): Router {
  const router = Router();
  const limiter = (deps.makeLimiter ?? memoryLimiter)('runs', deps.rateLimit ?? RUN_RATE_LIMIT);
  const rateKey = deps.rateKey ?? runRateKey;

  const spendAllowance: RequestHandler = (req, res, next) => {
    limiter.consume(rateKey(req, res), 'runs').then(() => next(), next);
  };

  router.post(
    '/runs',
    spendAllowance,
    validate('body', SessionRunRequestSchema),
    async (_req, res, next) => {
      const body = checked(res.locals, 'body', SessionRunRequestSchema);
      const question = deps.bank.coding(body.questionId);
      if (!question) {
        next(notFound(`No coding question "${body.questionId}".`));
        return;
      }
      try {
        const { sessionId } = body;
        // Checked before judging: a run after the round's deadline is refused, not judged.
        const inSession =
          sessionId && deps.sessionRuns
            ? await deps.sessionRuns.check(currentUser(res), sessionId, body.questionId)
            : null;
        const result = publicRunResult(
          await deps.judge.run({
            question,
            language: body.language,
            code: body.code,
            mode: body.mode,
          }),
        );
        if (inSession) {
          const { language, code, mode } = body;
          await deps.sessionRuns?.record(inSession, { mode, language, code, result });
        }
        res.json(result);
      } catch (error) {
        next(judgeError(error, res));
      }
    },
  );

  // The person's own input, run and shown, judged against nothing; same allowance and limits.
  router.post(
    '/runs/custom',
    spendAllowance,
    validate('body', CustomRunRequestSchema),
    async (_req, res, next) => {
      const body = checked(res.locals, 'body', CustomRunRequestSchema);
      const question = deps.bank.coding(body.questionId);
      if (!question) {
        next(notFound(`No coding question "${body.questionId}".`));
        return;
      }
      try {
        const task = customInputQuestion(question, body.input);
        if (body.sessionId && deps.sessionRuns) {
          await deps.sessionRuns.check(currentUser(res), body.sessionId, body.questionId);
        }
        const { language, code } = body;
        res.json(
          customRunResult(await deps.judge.run({ question: task, language, code, mode: 'run' })),
        );
      } catch (error) {
        next(judgeError(error, res));
      }
    },
  );

  return router;
}
