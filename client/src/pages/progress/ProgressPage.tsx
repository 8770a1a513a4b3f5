import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { getProgress } from '../../api/progress';
import { queryKeys } from '../../api/queryKeys';
import { ActivityChart } from './ActivityChart';
import { CompetencyChart } from './CompetencyChart';
import './ProgressPage.css';

const REASONS = { failed: 'Last attempt not accepted', 'rated-low': 'Rated 2 or less' } as const;

/** `/progress`: activity and pass rate, scores per competency, time to accept, what to redo. */
export function ProgressPage() {
  const query = useQuery({ queryKey: queryKeys.progress, queryFn: getProgress });
  if (query.isPending) return <p>Loading…</p>;
  if (query.isError) return <p role="alert">Could not load your progress: {query.error.message}</p>;
  const progress = query.data;
  return (
    <div className="progress">
      <h1>Progress</h1>
      <section className="card" aria-labelledby="activity-heading">
        <h2 id="activity-heading">Activity</h2>
        <ActivityChart weeks={progress.weeks} />
      </section>
      <section className="card" aria-labelledby="competency-heading">
        <h2 id="competency-heading">By competency</h2>
        <CompetencyChart scores={progress.competencies} />
      </section>
      <section className="card" aria-labelledby="accept-heading">
        <h2 id="accept-heading">Time to accepted</h2>
        <table className="progress-table">
          <thead>
            <tr>
              <th scope="col">Difficulty</th>
              <th scope="col">Median minutes</th>
              <th scope="col">Accepted rounds</th>
            </tr>
          </thead>
          <tbody>
            {progress.timeToAccept.map((row) => (
              <tr key={row.difficulty}>
                <td>{row.difficulty}</td>
                <td>{row.medianMinutes === null ? '—' : row.medianMinutes.toFixed(1)}</td>
                <td>{row.accepted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="card" aria-labelledby="review-heading">
        <h2 id="review-heading">Practise again</h2>
        {progress.reviewQueue.length === 0 ? (
          <p className="muted">Nothing failed or rated low. Keep going.</p>
        ) : (
          <ul className="review-queue">
            {progress.reviewQueue.map((item) => (
              <li key={item.questionId}>
                <Link to={`/practice/${item.questionId}`}>{item.title}</Link>{' '}
                <span className="muted">{REASONS[item.reason]}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
