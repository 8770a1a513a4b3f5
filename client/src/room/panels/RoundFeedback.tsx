import type { RoomRound } from '@mockloop/shared';
import type { RoomController } from '../RoomController';
import { RatingView, ScorecardView } from './FeedbackView';
import { RatingForm } from './RatingForm';
import { nameOf } from './roomView';
import { ScorecardForm } from './ScorecardForm';

/**
 * An ended round's feedback for the reader: the form they still owe (the interviewer's
 * scorecard, the candidate's rating) while the interview is open, and whatever was submitted.
 */
export function RoundFeedback({ room, round }: { room: RoomController; round: RoomRound }) {
  const { snapshot } = room;
  const me = snapshot.you.userId;
  const open = snapshot.status === 'active';
  const interviewer = nameOf(snapshot, round.interviewerId);
  const candidate = round.candidateId ? nameOf(snapshot, round.candidateId) : null;

  let scorecard = null;
  if (round.scorecard) scorecard = <ScorecardView scorecard={round.scorecard} from={interviewer} />;
  else if (round.interviewerId === me && open)
    scorecard = <ScorecardForm room={room} round={round} />;
  else if (round.candidateId === me && open)
    scorecard = <p className="muted">Waiting for {interviewer}&rsquo;s scorecard…</p>;

  let rating = null;
  if (round.rating && candidate) rating = <RatingView rating={round.rating} from={candidate} />;
  else if (round.candidateId === me && open) rating = <RatingForm room={room} round={round} />;
  else if (round.interviewerId === me && candidate && open)
    rating = <p className="muted">Waiting for {candidate}&rsquo;s rating…</p>;

  return (
    <div className="room-round-feedback">
      {scorecard}
      {rating}
    </div>
  );
}
