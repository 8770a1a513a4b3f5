import { useState } from 'react';
import {
  COMPETENCIES,
  type CompetencyId,
  type PracticeState,
  type RoundState,
} from '@mockloop/shared';
import { SelfRating, type SelfReview } from '../../rounds/SelfRating';
import { describeProblem } from './roundErrors';
import { rateSelf } from '../../api/practice';

function isCompetency(id: string): id is CompetencyId {
  return id in COMPETENCIES;
}

export interface SelfRatingFormProps {
  sessionId: string;
  round: RoundState;
  onRated: (state: PracticeState) => void;
}

/** After a behavioral round: a 1–4 rating per competency of the question, and a note; once. */
export function SelfRatingForm({ sessionId, round, onRated }: SelfRatingFormProps) {
  const competencies = (round.question?.competencies ?? []).filter(isCompetency);
  const [review, setReview] = useState<SelfReview>({ ratings: {}, notes: '' });
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const rated = round.selfRating;

  async function handleSubmit(event: React.FormEvent) {
    event.preventDefault();
    setSending(true);
    setError(null);
    try {
      onRated(
        await rateSelf(sessionId, round.index, { ratings: review.ratings, note: review.notes }),
      );
    } catch (e) {
      setError(describeProblem(e).message);
    } finally {
      setSending(false);
    }
  }

  const complete = competencies.every((id) => review.ratings[id] !== undefined);
  return (
    <form aria-label="Self-rating" onSubmit={(e) => void handleSubmit(e)}>
      <SelfRating
        competencies={competencies}
        {...(rated ? { initial: { ratings: rated.ratings, notes: rated.note } } : {})}
        onChange={setReview}
        readOnly={rated !== null}
      />
      {rated ? (
        <p role="status">Your rating is saved.</p>
      ) : (
        <button type="submit" disabled={!complete || sending}>
          Save my rating
        </button>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
