import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { PracticeState, RoundState } from '@mockloop/shared';
import { Markdown } from '../../markdown/Markdown';
import { RubricChecklist, type RubricResult } from '../../rounds/RubricChecklist';
import { describeProblem } from './roundErrors';
import { getReview, saveChecklist } from '../../api/practice';
import { queryKeys } from '../../api/queryKeys';
import { SelfRatingForm } from './SelfRatingForm';

export interface RoundReviewProps {
  sessionId: string;
  round: RoundState;
  onChange: (state: PracticeState) => void;
}

/** After a round: the interviewer's material, and the self-rating or checklist it asks for. */
export function RoundReview({ sessionId, round, onChange }: RoundReviewProps) {
  const query = useQuery({
    queryKey: queryKeys.practice.review(sessionId, round.index),
    queryFn: () => getReview(sessionId, round.index),
    staleTime: Infinity,
  });
  if (query.isError) return <p className="error-text">{describeProblem(query.error).message}</p>;
  const review = query.data;
  if (!review) return <p role="status">Loading the review…</p>;
  const notes = review.sections.filter((section) => section.heading !== 'Rubric');
  return (
    <div className="round-review" data-testid={`review-${round.index}`}>
      {round.kind === 'behavioral' && (
        <SelfRatingForm sessionId={sessionId} round={round} onRated={onChange} />
      )}
      {round.kind === 'system-design' && review.rubric.length > 0 && (
        <DesignChecklist
          sessionId={sessionId}
          round={round}
          rubric={review.rubric}
          onChange={onChange}
        />
      )}
      {Object.entries(review.solutions).map(([language, code]) => (
        <section key={language}>
          <h3>Reference solution ({language === 'typescript' ? 'TypeScript' : 'JavaScript'})</h3>
          <pre className="reference-solution">
            <code>{code}</code>
          </pre>
        </section>
      ))}
      {notes.map((section) => (
        <section key={section.heading}>
          <h3>{section.heading}</h3>
          <Markdown source={section.markdown} />
        </section>
      ))}
    </div>
  );
}

interface DesignChecklistProps {
  sessionId: string;
  round: RoundState;
  rubric: string[];
  onChange: (state: PracticeState) => void;
}

function DesignChecklist({ sessionId, round, rubric, onChange }: DesignChecklistProps) {
  const [error, setError] = useState<string | null>(null);
  const items = rubric.map((text, index) => ({ id: String(index), text }));
  const ticked = (round.checklist?.ticked ?? []).map(String);

  function handleChange(result: RubricResult) {
    setError(null);
    saveChecklist(sessionId, round.index, { ticked: result.ticked.map(Number) }).then(
      onChange,
      (e: unknown) => setError(describeProblem(e).message),
    );
  }

  return (
    <>
      <RubricChecklist items={items} initialTicked={ticked} onChange={handleChange} />
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
