import { ApiError, BusyError } from '../../api/http';

/** What went wrong, said plainly, and what the person can do next. */
export interface RoundProblem {
  message: string;
  /** Set when waiting and trying again helps (the judge is busy). */
  retryAfterS?: number;
  /** The round is over: reload the state to see its outcome. */
  roundOver?: boolean;
}

/** Turns a failed request into words a person can act on. */
export function describeProblem(error: unknown): RoundProblem {
  if (error instanceof BusyError) {
    return {
      message: `The judge is busy. Trying again in ${error.retryAfterS} s…`,
      retryAfterS: error.retryAfterS,
    };
  }
  if (!(error instanceof ApiError)) return { message: 'Something went wrong; try again.' };
  if (error.code === 'network' || error.status === 0) {
    return {
      message:
        'You are offline. Your code stays here and is saved when you reconnect; run it then.',
    };
  }
  if (error.code === 'round_over') {
    return { message: 'Time is up for this round: it is over.', roundOver: true };
  }
  if (error.code === 'question_not_in_bank' || error.status === 410) {
    return {
      message: 'This question is no longer in the bank. Skip to the next round or start another.',
    };
  }
  return { message: error.message };
}
