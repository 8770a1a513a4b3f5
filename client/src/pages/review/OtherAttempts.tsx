import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { ReplayPart } from '@mockloop/shared';
import { getRepeatedQuestions } from '../../api/attempts';
import { queryKeys } from '../../api/queryKeys';

/**
 * "Other attempts at this question": for each question the viewer met more than once, a link
 * to its attempts comparison (`/attempts/:questionId`, a page of its own).
 */
export function OtherAttempts({ parts }: { parts: readonly ReplayPart[] }) {
  const repeatedQuestions = useQuery({
    queryKey: queryKeys.attempts.repeated,
    queryFn: getRepeatedQuestions,
  });
  const counts = repeatedQuestions.data?.counts ?? {};
  const questions = [...new Map(parts.map((p) => [p.questionId, p.title])).entries()];
  const repeated = questions.filter(([questionId]) => (counts[questionId] ?? 0) > 1);
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
