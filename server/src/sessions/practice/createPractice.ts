import { PracticeErrorCode, type RoundEndReason } from '@mockloop/shared';
import type { QuestionBank } from '../../bank/types';
import { AppError } from '../../http/AppError';
import type { Judge } from '../../judge';
import type { Logger } from '../../logger';
import type { Store } from '../../store/port';
import { claimedRounds } from './claimedRounds';
import { systemClock, type Clock } from './clock';
import type { DeadlineClaims } from './DeadlineClaims';
import { DeadlineSweep } from './DeadlineSweep';
import { PracticeEngine } from './PracticeEngine';
import { RoundJudge, type RoundJudgeOptions } from './RoundJudge';
import { RoundTimers } from './RoundTimers';
import { RoundVerdicts } from './RoundVerdicts';

export interface PracticeDeps {
  store: Store;
  bank: QuestionBank;
  judge: Judge;
  log: Logger;
  clock?: Clock;
  roundJudge?: RoundJudgeOptions;
  /** How long a round's minute lasts (`config.practiceMinuteMs`). Default 60 000 ms. */
  minuteMs?: number;
  /**
   * Several nodes share the store [ST9]: rounds are settled only under a claim, and timed
   * sessions are swept from the store every `sweepMs` (default 2 s). Absent: one node.
   */
  cluster?: { claims: DeadlineClaims; sweepMs?: number };
}

/** Timed practice: the round state machine, its timers and the judging of closed rounds. */
export interface Practice {
  engine: PracticeEngine;
  timers: RoundTimers;
  clock: Clock;
  /** Ends a running round now; resolves once it is closed and, for coding, judged. */
  endRound(
    sessionId: string,
    index: number,
    reason: RoundEndReason,
    actorId: string,
  ): Promise<{ judging: Promise<void> }>;
  /** Closes what expired, judges what waits for a verdict, and schedules the next deadline. */
  settle(sessionId: string): Promise<void>;
  /** [ST5] Rebuilds every timer from the store; expired rounds are closed at once. */
  resume(): Promise<void>;
  /** Settles once no round is being closed or judged (tests await it instead of sleeping). */
  idle(): Promise<void>;
  /** Stops timers and judging; what is left is picked up at the next start-up [ST4]. */
  close(): Promise<void>;
}

export function createPractice(deps: PracticeDeps): Practice {
  const clock = deps.clock ?? systemClock;
  const engine = new PracticeEngine({
    store: deps.store,
    bank: deps.bank,
    clock,
    log: deps.log,
    ...(deps.minuteMs === undefined ? {} : { minuteMs: deps.minuteMs }),
  });
  const roundJudge = new RoundJudge(deps.judge, deps.roundJudge, (error, waitMs) =>
    deps.log.warn({ err: error, waitMs }, 'judge unavailable for a closed round; retrying'),
  );
  const verdicts = new RoundVerdicts(engine, roundJudge, deps.bank, deps.log);

  async function settleHere(sessionId: string): Promise<void> {
    const waiting = await engine.mutate(sessionId, async (ctx) => {
      if (ctx.session.status !== 'active') return [];
      const rounds = await engine.closeExpired(ctx);
      await engine.sync(ctx);
      return rounds;
    });
    for (const index of waiting) void verdicts.record(sessionId, index);
  }

  async function endRoundHere(
    sessionId: string,
    index: number,
    reason: RoundEndReason,
    actorId: string,
  ): Promise<{ judging: Promise<void> }> {
    const judged = await engine.mutate(sessionId, async (ctx) => {
      const result = await engine.closeLocked(ctx, index, reason, actorId);
      await engine.sync(ctx);
      return result;
    });
    return { judging: judged ? verdicts.record(sessionId, index) : Promise.resolve() };
  }

  const sweepMs = deps.cluster?.sweepMs ?? 2_000;
  const claimed = deps.cluster
    ? claimedRounds({
        engine,
        verdicts,
        claims: deps.cluster.claims,
        log: deps.log,
        schedule: (sessionId, at) => timers.schedule(sessionId, at),
        ignore: (sessionId) => sweep?.ignore(sessionId),
        retryMs: sweepMs,
      })
    : null;
  const settle = claimed?.settle ?? settleHere;
  const timers = new RoundTimers(clock, settle, deps.log);
  engine.onDeadline = (sessionId, deadline) => timers.schedule(sessionId, deadline);
  const sweep = deps.cluster
    ? new DeadlineSweep(
        deps.store,
        (sessionId) => timers.schedule(sessionId, clock.now()),
        deps.log,
        sweepMs,
      )
    : null;

  return {
    engine,
    timers,
    clock,
    endRound: claimed?.endRound ?? endRoundHere,
    settle,
    async resume() {
      if (sweep) return sweep.start();
      const sessions = await deps.store.listTimedSessions();
      for (const { id } of sessions) {
        await settle(id).catch((error: unknown) => {
          // Live interviews have deadlines too; their timers are not ours.
          if (error instanceof AppError && error.code === PracticeErrorCode.NotPractice) return;
          deps.log.error({ err: error, sessionId: id }, 'resuming a timed session failed');
        });
      }
    },
    async idle() {
      await verdicts.idle();
      await engine.idle();
    },
    async close() {
      sweep?.stop();
      timers.stop();
      roundJudge.close();
      verdicts.close();
      await engine.idle();
    },
  };
}
