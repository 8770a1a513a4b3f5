import { Link } from 'react-router-dom';
import type { Attempt } from '@mockloop/shared';
import { attemptOutcome, timeUsed } from './attemptText';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** One attempt's facts, for one side of the comparison. */
export function AttemptSummary({ attempt, side }: { attempt: Attempt; side: string }) {
  const kind =
    attempt.sessionKind === 'interview' ? `Interview (${attempt.role})` : 'Practice session';
  return (
    <section className="card attempt-summary" aria-label={`${side} attempt`}>
      <h2>
        <time dateTime={new Date(attempt.startedAt).toISOString()}>
          {dateFormat.format(attempt.startedAt)}
        </time>
      </h2>
      <dl>
        <dt>Outcome</dt>
        <dd data-testid="attempt-outcome">{attemptOutcome(attempt)}</dd>
        <dt>Time used</dt>
        <dd>{timeUsed(attempt.timeUsedMs)}</dd>
        <dt>Where</dt>
        <dd>
          {kind}, round {attempt.round + 1}
          {attempt.language ? ` · ${attempt.language}` : ''}
        </dd>
      </dl>
      <Link to={`/sessions/${attempt.sessionId}`}>Open this session</Link>
    </section>
  );
}
