import { useId, useState } from 'react';
import { COMPETENCIES, type CompetencyId, type Feedback } from '@mockloop/shared';
import { RATING_SCALE, type Rating } from './ratingScale';
import './SelfRating.css';

/** What a self-review produces: the `ratings` and `notes` of a `Feedback`. */
export type SelfReview = Pick<Feedback, 'ratings' | 'notes'>;

export interface SelfRatingProps {
  /** The question's competencies, each rated 1 to 4. */
  competencies: readonly CompetencyId[];
  initial?: SelfReview;
  onChange: (review: SelfReview) => void;
  readOnly?: boolean;
}

/** After a behavioral round: rate yourself per competency on the feedback scale, with a note. */
export function SelfRating({
  competencies,
  initial = { ratings: {}, notes: '' },
  onChange,
  readOnly = false,
}: SelfRatingProps) {
  const [review, setReview] = useState<SelfReview>(initial);
  const id = useId();

  function update(next: SelfReview) {
    setReview(next);
    onChange(next);
  }

  function handleRate(competency: CompetencyId, value: Rating) {
    update({ ...review, ratings: { ...review.ratings, [competency]: value } });
  }

  return (
    <fieldset className="self-rating" disabled={readOnly}>
      <legend>Rate yourself</legend>
      {competencies.map((competency) => (
        <fieldset key={competency} className="self-rating-row">
          <legend>{COMPETENCIES[competency].label}</legend>
          {RATING_SCALE.map(({ value, label }) => (
            <label key={value}>
              <input
                type="radio"
                name={`${id}-${competency}`}
                value={value}
                checked={review.ratings[competency] === value}
                onChange={() => handleRate(competency, value)}
              />
              {value} · {label}
            </label>
          ))}
        </fieldset>
      ))}
      <label htmlFor={`${id}-notes`}>Note to yourself</label>
      <textarea
        id={`${id}-notes`}
        rows={3}
        value={review.notes}
        onChange={(event) => update({ ...review, notes: event.target.value })}
      />
    </fieldset>
  );
}
