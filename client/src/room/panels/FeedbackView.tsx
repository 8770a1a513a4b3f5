import {
  COMPETENCIES,
  COMPETENCY_IDS,
  type InterviewerRating,
  type Scorecard,
} from '@mockloop/shared';
import { RECOMMENDATION_LABELS, ratingLabel, scoreLabel } from './feedbackWords';

/** A submitted scorecard, read-only. */
export function ScorecardView({ scorecard, from }: { scorecard: Scorecard; from: string }) {
  const rated = COMPETENCY_IDS.flatMap((id) => {
    const rating = scorecard.ratings[id];
    return rating ? [{ id, ...rating }] : [];
  });
  return (
    <section className="room-feedback card" aria-label={`Scorecard from ${from}`}>
      <h3>Scorecard from {from}</h3>
      <p>
        Recommendation: <strong>{RECOMMENDATION_LABELS[scorecard.recommendation]}</strong>
      </p>
      <dl>
        {rated.map(({ id, score, evidence }) => (
          <div key={id}>
            <dt>{COMPETENCIES[id].label}</dt>
            <dd>
              {score} · {scoreLabel(score)}
              {evidence && <p>{evidence}</p>}
            </dd>
          </div>
        ))}
        {scorecard.strengths && (
          <div>
            <dt>Strengths</dt>
            <dd>{scorecard.strengths}</dd>
          </div>
        )}
        {scorecard.improvements && (
          <div>
            <dt>Areas to improve</dt>
            <dd>{scorecard.improvements}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}

/** A submitted rating of the interviewer, read-only. */
export function RatingView({ rating, from }: { rating: InterviewerRating; from: string }) {
  return (
    <section className="room-feedback card" aria-label={`Rating from ${from}`}>
      <h3>Rating from {from}</h3>
      <dl>
        <div>
          <dt>Clarity</dt>
          <dd>
            {rating.clarity} · {ratingLabel(rating.clarity)}
          </dd>
        </div>
        <div>
          <dt>Helpfulness</dt>
          <dd>
            {rating.helpfulness} · {ratingLabel(rating.helpfulness)}
          </dd>
        </div>
        {rating.comment && (
          <div>
            <dt>Comment</dt>
            <dd>{rating.comment}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
