import { RoomErrorCode } from '@mockloop/shared';
import { badRequest, notFound } from '../../http/AppError';
import { interviewOver, roomError } from '../roomErrors';

/** The refusals of the room's tools (docs/realtime.md, "Live rooms"), each with its stable code. */
export const toolErrors = {
  interviewOver,
  roundOver: () => roomError(RoomErrorCode.RoundOver, 'This round has ended.'),
  roundNotOver: () => roomError(RoomErrorCode.RoundNotOver, 'This opens once the round has ended.'),
  noQuestion: () =>
    roomError(RoomErrorCode.NoQuestion, 'No question has been presented in this round.'),
  noMoreHints: () =>
    roomError(RoomErrorCode.NoMoreHints, 'Every hint of this question is revealed.'),
  alreadySubmitted: (what: string) =>
    roomError(RoomErrorCode.AlreadySubmitted, `This round's ${what} was already submitted.`),
  noSuchRound: () => notFound('The room has no such round.'),
  /** A `clientOpId` the author already used for another kind of action. */
  opIdReused: () => badRequest('That clientOpId was already used for something else.'),
};
