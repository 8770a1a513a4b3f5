import { useState } from 'react';
import {
  COMPETENCIES,
  type CompetencyId,
  type PracticeState,
  type RoundState,
} from '@mockloop/shared';
import { describeProblem } from './roundErrors';
import { rateSelf } from './sessionApi';

const SCALE = [
  { value: 1, label: '1 – no hire' },
  { value: 2, label: '2 – lean no hire' },
  { value: 3, label: '3 – lean hire' },
  { value: 4, label: '4 – strong hire' },
] as const;

function isCompetency(id: string): id is CompetencyId {
  return id in COMPETENCIES;
}

export interface SelfRatingFormProps {
  sessionId: string;
  round: RoundState;
  onRated: (state: PracticeState) => void;
}

/** After a behavioral round: a 1–4 rating per competency of the question, and a note. */
export function SelfRatingForm({ sessionId, round, onRated }: SelfRatingFormProps) {
  const competencies = (round.question?.competencies ?? []).filter(isCompetency);
  const [ratings, setRatings] = useState<Partial<Record<CompetencyId, number>>>({});
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);

  if (round.selfRating) {
    return (
      <section aria-label="Your self-rating">
        <h3>Your self-rating</h3>
        <ul>
          {Object.entries(round.selfRating.ratings).map(([id, value]) => (
            <li key={id}>
              {isCompetency(id) ? COMPETENCIES[id].label : id}: {value} of 4
            </li>
          ))}
        </ul>
        {round.selfRating.note && <p>{round.selfRating.note}</p>}
      </section>
    );
  }

  async function handleSubmit(event: React.FormEvent) {
    event.preventDefault();
    setSending(true);
    setError(null);
    try {
      onRated(await rateSelf(sessionId, round.index, { ratings, note }));
    } catch (e) {
      setError(describeProblem(e).message);
    } finally {
      setSending(false);
    }
  }

  const complete = competencies.every((id) => ratings[id] !== undefined);
  return (
    <form className="self-rating" aria-label="Rate yourself" onSubmit={(e) => void handleSubmit(e)}>
      <h3>Rate yourself</h3>
      {competencies.map((id) => (
        <fieldset key={id}>
          <legend>{COMPETENCIES[id].label}</legend>
          {SCALE.map((step) => (
            <label key={step.value} className="rating-choice">
              <input
                type="radio"
                name={`rating-${round.index}-${id}`}
                value={step.value}
                checked={ratings[id] === step.value}
                onChange={() => setRatings({ ...ratings, [id]: step.value })}
              />
              {step.label}
            </label>
          ))}
        </fieldset>
      ))}
      <label>
        Note to yourself
        <textarea
          rows={3}
          maxLength={5000}
          value={note}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <button type="submit" disabled={!complete || sending}>
        Save my rating
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
