import type { RoundStatus } from '@mockloop/shared';
import type { PracticeLog, RoundLog } from './practiceLog';

/**
 * Where a round is by the log and the server's clock. `expired` is a running round whose
 * deadline has passed but that the timer has not closed yet: it is over for every action [ST2].
 */
export type RoundPhase = 'pending' | 'running' | 'expired' | 'judging' | 'over';

export function roundPhase(round: RoundLog, now: number): RoundPhase {
  if (round.end) return round.verdict ? 'over' : 'judging';
  if (!round.start) return 'pending';
  return now >= round.start.deadline ? 'expired' : 'running';
}

/** What clients see: an expired round is already being judged. */
export function publicStatus(phase: RoundPhase): RoundStatus {
  return phase === 'expired' ? 'judging' : phase;
}

/** The round that is started and not ended, if any (it may have expired). */
export function openRoundIndex(log: PracticeLog): number | null {
  const index = log.rounds.findIndex((r) => r.start && !r.end);
  return index === -1 ? null : index;
}

/** Every round ended and judged. */
export function allSettled(log: PracticeLog): boolean {
  return log.rounds.length > 0 && log.rounds.every((r) => r.end && r.verdict);
}
