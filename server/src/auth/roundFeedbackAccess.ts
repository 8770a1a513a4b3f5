import type { User } from '@mockloop/shared';
import { forbidden } from '../http/AppError';

/** The people of one round of a live interview, as its log recorded them. */
export interface RoundSeats {
  interviewerId: string;
  candidateId: string | null;
}

/*
 * [AR9] A round's feedback is written by that round's people: the scorecard by the person who
 * interviewed in it, the rating of the interviewer by the person who was its candidate. Roles
 * swap between rounds, so this reads the round's seats, not the session's current roles ([AR4]).
 */

/** [AR9] Only the round's interviewer scores it. */
export function assertRoundInterviewer(round: RoundSeats, user: User): void {
  if (round.interviewerId !== user.id) {
    throw forbidden("Only that round's interviewer can submit its scorecard.");
  }
}

/** [AR9] Only the round's candidate rates its interviewer. */
export function assertRoundCandidate(round: RoundSeats, user: User): void {
  if (round.candidateId !== user.id) {
    throw forbidden("Only that round's candidate can rate its interviewer.");
  }
}
