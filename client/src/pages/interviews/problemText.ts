import { ApiError } from '../../api/http';
import { InterviewErrorCode } from '@mockloop/shared';

const MESSAGES: Record<string, string> = {
  [InterviewErrorCode.InviteNotFound]:
    'This invite link is not valid. Check that it was copied whole, or ask for a new one.',
  [InterviewErrorCode.RoomFull]: 'Someone else has already joined this interview as the candidate.',
  [InterviewErrorCode.InterviewEnded]: 'This interview has ended.',
};

/** A failed interview request as a sentence for the page. */
export function problemText(error: unknown): string {
  if (!(error instanceof ApiError)) return 'Something went wrong; try again.';
  return MESSAGES[error.code] ?? error.message;
}
