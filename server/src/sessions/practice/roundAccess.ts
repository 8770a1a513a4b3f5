import type { User } from '@mockloop/shared';
import { loadVisibleSession } from '../../auth/access';
import type { Practice } from './createPractice';
import type { PracticeContext } from './PracticeEngine';
import type { PlannedRound, RoundLog } from './practiceLog';
import { practiceErrors } from './practiceErrors';
import { roundPhase, type RoundPhase } from './roundPhase';

export interface RoundAt {
  round: RoundLog;
  planned: PlannedRound;
  phase: RoundPhase;
}

/** [AR1] Runs `work` on the caller's own practice session, locked; 404 for anyone else. */
export async function withOwnSession<T>(
  practice: Practice,
  user: User,
  sessionId: string,
  work: (ctx: PracticeContext) => Promise<T> | T,
): Promise<T> {
  await loadVisibleSession(practice.engine.deps.store, sessionId, user);
  return practice.engine.mutate(sessionId, work);
}

export function roundAt(ctx: PracticeContext, index: number): RoundAt {
  const round = ctx.log.rounds[index];
  const planned = ctx.log.plan[index];
  if (!round || !planned) throw practiceErrors.noSuchRound();
  return { round, planned, phase: roundPhase(round, ctx.now) };
}

/**
 * [ST2] Saves, runs and hints need a running round. One whose deadline passed is refused even
 * before its timer fired, and the timer is nudged to close it.
 */
export function assertRunning(practice: Practice, ctx: PracticeContext, at: RoundAt): void {
  if (at.phase === 'running') return;
  if (at.phase === 'pending') throw practiceErrors.roundNotStarted();
  if (at.phase === 'expired') void practice.settle(ctx.session.id).catch(() => undefined);
  throw practiceErrors.roundOver();
}

/** Post-round actions need the round to be over (being judged counts). */
export function assertOver(at: RoundAt): void {
  if (at.phase === 'pending' || at.phase === 'running') throw practiceErrors.roundNotOver();
}
