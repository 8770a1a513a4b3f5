import { PracticeErrorCode, type RoundEndReason } from '@mockloop/shared';
import { AppError } from '../../http/AppError';
import type { Logger } from '../../logger';
import { deadlineKey, type ClaimLease, type DeadlineClaims } from './DeadlineClaims';
import type { PracticeEngine } from './PracticeEngine';
import type { PracticeLog } from './practiceLog';
import { practiceErrors } from './practiceErrors';
import { roundPhase } from './roundPhase';
import type { RoundVerdicts } from './RoundVerdicts';

export interface ClaimedRoundsDeps {
  engine: PracticeEngine;
  verdicts: RoundVerdicts;
  claims: DeadlineClaims;
  log: Logger;
  /** Times the session's next look (`RoundTimers.schedule`). */
  schedule: (sessionId: string, at: number) => void;
  /** A session that turned out to be a live interview: not ours to time. */
  ignore: (sessionId: string) => void;
  /** How soon to look again when another node holds the claim. */
  retryMs: number;
}

/** The first round with work left, the time it is due, and the deadline its claim is keyed on. */
interface DueRound {
  index: number;
  deadline: number;
  dueAt: number;
}

/**
 * Rounds settled by whichever node claims them [ST9]: every close and every verdict of round
 * `i` happens under the claim `deadline:<session>:<i>:<deadline>`, and the claimant reads the log
 * again under it, so work another node finished is not done twice.
 */
export function claimedRounds(deps: ClaimedRoundsDeps) {
  const { engine, verdicts, claims, log } = deps;

  /** Closes round `index` if it expired, records its verdict, and mends the session record. */
  async function settleRound(sessionId: string, index: number): Promise<void> {
    await engine.mutate(sessionId, async (ctx) => {
      const round = ctx.log.rounds[index];
      if (round && roundPhase(round, ctx.now) === 'expired') {
        await engine.closeLocked(ctx, index, 'expired', null);
      }
      await engine.sync(ctx);
    });
    await verdicts.record(sessionId, index);
  }

  async function settle(sessionId: string): Promise<void> {
    let previous: string | null = null;
    for (;;) {
      const ctx = await readPractice(sessionId);
      if (!ctx || ctx.session.status !== 'active') return;
      const due = dueRound(ctx.log, ctx.now);
      if (!due) return;
      if (due.dueAt > ctx.now) return deps.schedule(sessionId, due.dueAt);
      const key = deadlineKey(sessionId, due.index, due.deadline);
      // The same work twice in a row made no progress (a failing judge): look again later.
      if (key === previous) return deps.schedule(sessionId, ctx.now + deps.retryMs);
      const lease = await claims.claim(key);
      if (!lease) {
        log.debug({ sessionId, index: due.index }, 'deadline claimed by another node');
        return deps.schedule(sessionId, ctx.now + deps.retryMs);
      }
      log.info({ sessionId, index: due.index }, 'deadline claimed; settling the round');
      try {
        await settleRound(sessionId, due.index);
      } finally {
        await lease.release();
      }
      previous = key;
    }
  }

  async function endRound(
    sessionId: string,
    index: number,
    reason: RoundEndReason,
    actorId: string,
  ): Promise<{ judging: Promise<void> }> {
    const { log: practiceLog } = await engine.read(sessionId);
    const start = practiceLog.rounds[index]?.start;
    let lease: ClaimLease | null = null;
    if (start) {
      lease = await claims.claim(deadlineKey(sessionId, index, start.deadline));
      // Another node is closing this round (its deadline came, or a second request).
      if (!lease) throw practiceErrors.roundOver();
    }
    try {
      const judged = await engine.mutate(sessionId, async (ctx) => {
        const result = await engine.closeLocked(ctx, index, reason, actorId);
        await engine.sync(ctx);
        return result;
      });
      const judging = judged ? verdicts.record(sessionId, index) : Promise.resolve();
      const held = lease;
      lease = null;
      return { judging: judging.finally(() => held?.release()) };
    } finally {
      await lease?.release();
    }
  }

  async function readPractice(sessionId: string) {
    try {
      return await engine.read(sessionId);
    } catch (error) {
      if (error instanceof AppError && error.code === PracticeErrorCode.NotPractice) {
        deps.ignore(sessionId);
        return null;
      }
      throw error;
    }
  }

  return { settle, endRound };
}

/**
 * The earliest round with work left: a verdict to record (due now), the running round (due at
 * its deadline) or, when every round is settled but the record says otherwise, the last round.
 */
export function dueRound(log: PracticeLog, now: number): DueRound | null {
  for (const [index, round] of log.rounds.entries()) {
    const deadline = round.start?.deadline ?? round.end?.at ?? now;
    if (round.end && !round.verdict) return { index, deadline, dueAt: now };
    if (round.end) continue;
    return round.start ? { index, deadline, dueAt: deadline } : null;
  }
  // Only an active session gets here: its record lags its log (a crash between two writes).
  const last = log.rounds.length - 1;
  const round = log.rounds[last];
  if (!round) return null;
  return { index: last, deadline: round.start?.deadline ?? round.end?.at ?? now, dueAt: now };
}
