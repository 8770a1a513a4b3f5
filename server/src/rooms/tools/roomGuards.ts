import { currentRound, type RoomLog, type RoundLog } from '../roomLog';
import { toolErrors } from './toolErrors';

/** Every action is refused once someone finished the interview. */
export function assertNotFinished(log: RoomLog): void {
  if (log.finished) throw toolErrors.interviewOver();
}

/** The current round, still running: what hints, the timer and ending a round act on. */
export function runningRound(log: RoomLog): RoundLog {
  const round = currentRound(log);
  // A room always starts with round 0 (`interview:round-start` at creation).
  if (!round) throw toolErrors.noSuchRound();
  if (round.endedAt !== null) throw toolErrors.roundOver();
  return round;
}

/** Round `index` of the room, whatever its state. */
export function roundAt(log: RoomLog, index: number): RoundLog {
  const round = log.rounds[index];
  if (!round) throw toolErrors.noSuchRound();
  return round;
}

/** Scorecards and ratings wait until their round has ended. */
export function assertRoundEnded(round: RoundLog): void {
  if (round.endedAt === null) throw toolErrors.roundNotOver();
}
