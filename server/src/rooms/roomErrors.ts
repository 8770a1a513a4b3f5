import { RoomErrorCode } from '@mockloop/shared';
import { AppError } from '../http/AppError';

/*
 * The refusals of room actions, each with its stable `RoomErrorCode`, so acks and REST answers
 * carry `{ code, message }` a client can branch on. Only the interviewer check ([AR4]) is
 * `forbidden`, from `assertInterviewer`.
 */

const STATUS: Record<RoomErrorCode, number> = {
  [RoomErrorCode.NotInRoom]: 403,
  [RoomErrorCode.RoundOver]: 409,
  [RoomErrorCode.RoundNotOver]: 409,
  [RoomErrorCode.NoQuestion]: 409,
  [RoomErrorCode.NoMoreHints]: 409,
  [RoomErrorCode.NotCoding]: 409,
  [RoomErrorCode.AlreadySubmitted]: 409,
  [RoomErrorCode.InterviewOver]: 410,
  [RoomErrorCode.RunInProgress]: 409,
  [RoomErrorCode.NotInCall]: 409,
};

/** A refused room action, e.g. `roomError(RoomErrorCode.RoundOver, 'The round has ended.')`. */
export function roomError(code: RoomErrorCode, message: string): AppError {
  return new AppError(STATUS[code], code, message);
}

export function notInRoom(): AppError {
  return roomError(RoomErrorCode.NotInRoom, 'Join the room first.');
}

export function interviewOver(): AppError {
  return roomError(RoomErrorCode.InterviewOver, 'This interview is over.');
}
