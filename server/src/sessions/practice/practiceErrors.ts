import { PracticeErrorCode } from '@mockloop/shared';
import { AppError } from '../../http/AppError';

/** The practice errors of docs/sessions.md, each with its stable code. */
export const practiceErrors = {
  roundOver: () =>
    new AppError(409, PracticeErrorCode.RoundOver, 'This round is over; its time is up.'),
  roundNotOver: () =>
    new AppError(409, PracticeErrorCode.RoundNotOver, 'This is shown once the round is over.'),
  roundNotStarted: () =>
    new AppError(
      409,
      PracticeErrorCode.RoundNotStarted,
      'This round has not started; finish the current one first.',
    ),
  noSuchRound: () => new AppError(404, 'not_found', 'The session has no such round.'),
  wrongKind: (message: string) => new AppError(400, PracticeErrorCode.WrongRoundKind, message),
  questionNotInRound: (questionId: string) =>
    new AppError(
      400,
      PracticeErrorCode.QuestionNotInRound,
      `The session's current round does not ask "${questionId}".`,
    ),
  notInBank: (questionId: string, status: 404 | 410) =>
    new AppError(
      status,
      PracticeErrorCode.QuestionNotInBank,
      `The question "${questionId}" is no longer in the question bank.`,
    ),
  noMatch: () =>
    new AppError(
      404,
      PracticeErrorCode.NoMatchingQuestion,
      'No question matches those filters; try fewer of them.',
    ),
  noMoreHints: () =>
    new AppError(409, PracticeErrorCode.NoMoreHints, 'Every hint of this round is shown.'),
  alreadyRated: () =>
    new AppError(409, PracticeErrorCode.AlreadyRated, 'This round already has a self-rating.'),
  notPractice: () =>
    new AppError(409, PracticeErrorCode.NotPractice, 'This is a live interview, not practice.'),
};
