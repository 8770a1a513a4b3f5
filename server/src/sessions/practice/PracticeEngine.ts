import {
  PracticeEvent,
  SessionKind,
  type JsonValue,
  type RoundEndReason,
  type Session,
} from '@mockloop/shared';
import type { QuestionBank } from '../../bank/types';
import { notFound } from '../../http/AppError';
import type { Logger } from '../../logger';
import type { Store } from '../../store/port';
import type { Clock } from './clock';
import { PracticeLogCache } from './PracticeLogCache';
import { applyEvents, type PracticeLog } from './practiceLog';
import { practiceErrors } from './practiceErrors';
import { SessionLocks } from './SessionLocks';
import { allSettled, openRoundIndex, roundPhase } from './roundPhase';
import { syncSessionRecord } from './syncSessionRecord';

/** A session locked for a change, with its log folded up to now. */
export interface PracticeContext {
  session: Session;
  log: PracticeLog;
  now: number;
}

export interface PracticeEngineDeps {
  store: Store;
  bank: QuestionBank;
  clock: Clock;
  log: Logger;
  /** How long a round's minute lasts; 60 000 ms but for tests of real processes. */
  minuteMs?: number;
}

const MINUTE_MS = 60_000;

/**
 * The round state machine of docs/sessions.md: starting rounds, closing them, recording
 * verdicts and keeping the session record in step with the log. Every change runs under the
 * session's lock. Judging happens outside it (see `RoundCloser`).
 */
export class PracticeEngine {
  private readonly cache: PracticeLogCache;
  private readonly locks = new SessionLocks();
  /** Told the running round's deadline after every change (`null`: nothing to time). */
  onDeadline: (sessionId: string, deadline: number | null) => void = () => undefined;

  constructor(readonly deps: PracticeEngineDeps) {
    this.cache = new PracticeLogCache(deps.store);
  }

  /** Runs `work` with the session locked and its log up to date. */
  mutate<T>(sessionId: string, work: (ctx: PracticeContext) => Promise<T> | T): Promise<T> {
    return this.locks.run(sessionId, async () => work(await this.read(sessionId)));
  }

  /** The session and its folded log, without the lock (for reads). */
  async read(sessionId: string): Promise<PracticeContext> {
    const session = await this.deps.store.getSession(sessionId);
    if (!session) throw notFound('No such session.');
    if (session.kind !== SessionKind.Practice) throw practiceErrors.notPractice();
    return { session, log: await this.cache.load(sessionId), now: this.deps.clock.now() };
  }

  /** Settles once every queued change has finished. */
  idle(): Promise<void> {
    return this.locks.idle();
  }

  /** Appends events (visible to the one participant) and folds them in. */
  async append(
    ctx: PracticeContext,
    actorId: string | null,
    events: { type: string; payload: JsonValue; at?: number }[],
  ): Promise<void> {
    const stored = await this.deps.store.appendEvents(
      ctx.session.id,
      events.map((e) => ({
        actorId,
        type: e.type,
        payload: e.payload,
        visibility: 'everyone' as const,
        at: e.at ?? ctx.now,
      })),
    );
    applyEvents(ctx.log, stored);
  }

  /**
   * Starts the first round from `from` whose question is still in the bank, at `at`; rounds
   * whose question left the bank end at once (`question_missing`).
   */
  async startRounds(
    ctx: PracticeContext,
    from: number,
    at: number,
    actorId: string | null,
  ): Promise<void> {
    for (let index = from; index < ctx.log.plan.length; index += 1) {
      const planned = ctx.log.plan[index];
      if (!planned) return;
      const question = this.deps.bank.publicView(planned.questionId);
      if (!question) {
        await this.append(ctx, null, [
          { type: PracticeEvent.RoundEnd, payload: { index, reason: 'question_missing' }, at },
          { type: PracticeEvent.RoundVerdict, payload: emptyVerdict(index), at },
        ]);
        continue;
      }
      const deadline = at + planned.minutes * (this.deps.minuteMs ?? MINUTE_MS);
      const payload = {
        index,
        questionId: question.id,
        contentHash: question.contentHash,
        minutes: planned.minutes,
        startedAt: at,
        deadline,
        question: question as unknown as JsonValue,
      };
      await this.append(ctx, actorId, [{ type: PracticeEvent.RoundStart, payload, at }]);
      ctx.session = await this.deps.store.addQuestion(ctx.session.id, {
        questionId: question.id,
        contentHash: question.contentHash,
        competencies: question.competencies as Session['questions'][number]['competencies'],
        askedAt: at,
        deadline,
      });
      return;
    }
  }

  /**
   * Ends round `index` and starts the next. Returns whether its code must now be judged.
   * Call under the lock. An expired round ends at its deadline, whoever notices it [ST2].
   */
  async closeLocked(
    ctx: PracticeContext,
    index: number,
    reason: RoundEndReason,
    actorId: string | null,
  ): Promise<boolean> {
    const round = ctx.log.rounds[index];
    const planned = ctx.log.plan[index];
    if (!round || !planned) throw practiceErrors.noSuchRound();
    const phase = roundPhase(round, ctx.now);
    if (phase === 'pending' || !round.start) throw practiceErrors.roundNotStarted();
    if (phase !== 'running' && phase !== 'expired') throw practiceErrors.roundOver();
    const expired = phase === 'expired';
    const why = expired ? 'expired' : reason;
    const at = expired ? round.start.deadline : ctx.now;
    const judged = planned.kind === 'coding' && why !== 'skipped';
    await this.append(ctx, expired ? null : actorId, [
      { type: PracticeEvent.RoundEnd, payload: { index, reason: why }, at },
      ...(judged ? [] : [{ type: PracticeEvent.RoundVerdict, payload: emptyVerdict(index), at }]),
    ]);
    await this.startRounds(ctx, index + 1, at, expired ? null : actorId);
    return judged;
  }

  /** Closes every expired round in turn [ST3]; returns the rounds that now await a verdict. */
  async closeExpired(ctx: PracticeContext): Promise<number[]> {
    for (;;) {
      const open = openRoundIndex(ctx.log);
      const round = open === null ? undefined : ctx.log.rounds[open];
      if (open === null || !round || roundPhase(round, ctx.now) !== 'expired') break;
      await this.closeLocked(ctx, open, 'expired', null);
    }
    return awaitingVerdict(ctx.log);
  }

  /** Writes the session record from the log and tells the timers the next deadline. */
  async sync(ctx: PracticeContext): Promise<void> {
    ctx.session = await syncSessionRecord(this, ctx);
    const open = openRoundIndex(ctx.log);
    const deadline = open === null ? null : (ctx.log.rounds[open]?.start?.deadline ?? null);
    this.onDeadline(ctx.session.id, allSettled(ctx.log) ? null : deadline);
  }
}

/** Ended coding rounds that have no verdict yet. */
export function awaitingVerdict(log: PracticeLog): number[] {
  return log.rounds.flatMap((r, index) => (r.end && !r.verdict ? [index] : []));
}

export function emptyVerdict(index: number) {
  return { index, verdict: null, passed: 0, total: 0, result: null, language: null };
}
