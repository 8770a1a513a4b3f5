import type { TranscriptResponse } from '@mockloop/shared';
import { Markdown } from '../../markdown/Markdown';

export interface ReviewFeedbackProps {
  transcript: TranscriptResponse;
  nameOf: (actorId: string | null) => string;
}

/** Scorecards, ratings of the interviewer and self-ratings, each with who wrote it. */
export function ReviewFeedback({ transcript, nameOf }: ReviewFeedbackProps) {
  const feedback = transcript.entries.filter((e) => e.kind === 'scorecard' || e.kind === 'rating');
  return (
    <section className="card review-feedback" aria-labelledby="feedback-heading">
      <h2 id="feedback-heading">Feedback</h2>
      {feedback.length === 0 ? <p className="muted">No feedback was written.</p> : null}
      {feedback.map((entry) => (
        <article key={entry.seq} className="review-feedback-item">
          <h3>
            {entry.round === null ? '' : `Round ${entry.round + 1}: `}
            {entry.summary} <span className="muted">by {nameOf(entry.actorId)}</span>
          </h3>
          {entry.body ? <Markdown source={entry.body} /> : null}
        </article>
      ))}
    </section>
  );
}
