import { useQueries } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { ReplayPart } from '@mockloop/shared';
import { queryKeys } from '../../api/queryKeys';
import { countAttempts } from '../../api/sessionReview';

/**
 * "Other attempts at this question": for each question the viewer met more than once, a link
 * to its attempts comparison (`/attempts/:questionId`, a page of its own).
 */
export function OtherAttempts({ parts }: { parts: readonly ReplayPart[] }) {
  const questions = [...new Map(parts.map((p) => [p.questionId, p.title])).entries()];
  const counts = useQueries({
    queries: questions.map(([questionId]) => ({
      queryKey: queryKeys.attempts(questionId),
      queryFn: () => countAttempts(questionId),
    })),
  });
  const repeated = questions.filter((_, i) => (counts[i]?.data ?? 0) > 1);
  if (repeated.length === 0) return null;
  return (
    <section
      className="card other-attempts"
      aria-labelledby="other-attempts-heading"
      data-testid="other-attempts"
    >
      <h2 id="other-attempts-heading">Other attempts at this question</h2>
      <ul>
        {repeated.map(([questionId, title]) => (
          <li key={questionId}>
            <Link to={`/attempts/${encodeURIComponent(questionId)}`}>
              Compare your attempts at {title}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
