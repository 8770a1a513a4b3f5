import { RoomErrorCode } from '@mockloop/shared';
import { AppError } from '../../http/AppError';

/** The refusals of the room's tools (docs/realtime.md, "Live rooms"), each with its stable code. */
export const toolErrors = {
  interviewOver: () =>
    new AppError(409, RoomErrorCode.InterviewOver, 'The interview is over; the room is read-only.'),
  roundOver: () => new AppError(409, RoomErrorCode.RoundOver, 'This round has ended.'),
  roundNotOver: () =>
    new AppError(409, RoomErrorCode.RoundNotOver, 'This opens once the round has ended.'),
  noQuestion: () =>
    new AppError(409, RoomErrorCode.NoQuestion, 'No question has been presented in this round.'),
  noMoreHints: () =>
    new AppError(409, RoomErrorCode.NoMoreHints, 'Every hint of this question is revealed.'),
  alreadySubmitted: (what: string) =>
    new AppError(
      409,
      RoomErrorCode.AlreadySubmitted,
      `This round's ${what} was already submitted.`,
    ),
  noSuchRound: () => new AppError(404, 'not_found', 'The room has no such round.'),
  /** A `clientOpId` the author already used for another kind of action. */
  opIdReused: () =>
    new AppError(400, 'bad_request', 'That clientOpId was already used for something else.'),
};
