import { lazy, Suspense, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import type { Attempt } from '@mockloop/shared';
import { getAttempts } from '../../api/attempts';
import { queryKeys } from '../../api/queryKeys';
import { AttemptSummary } from './AttemptSummary';
import { attemptKey, attemptOutcome } from './attemptText';
import './AttemptsPage.css';

const CodeDiff = lazy(() => import('../../editor/CodeDiff'));
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function AttemptPicker(props: {
  label: string;
  attempts: Attempt[];
  value: number;
  onChange: (index: number) => void;
}) {
  return (
    <label>
      {props.label}
      <select value={props.value} onChange={(e) => props.onChange(Number(e.target.value))}>
        {props.attempts.map((a, i) => (
          <option key={attemptKey(a)} value={i}>
            {dateFormat.format(a.startedAt)} · {attemptOutcome(a)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The two attempts' final work side by side: a code diff, or the answers' text. */
function WorkDiff({ left, right }: { left: Attempt; right: Attempt }) {
  if (left.code !== null || right.code !== null) {
    return (
      <Suspense fallback={<p>Loading editor…</p>}>
        <CodeDiff
          original={left.code ?? ''}
          modified={right.code ?? ''}
          language={right.language ?? left.language ?? 'javascript'}
          label="Final code of the two attempts, left and right"
        />
      </Suspense>
    );
  }
  return (
    <div className="attempt-answers">
      {[left, right].map((a, i) => (
        <pre
          key={i}
          className="card attempt-answer"
          aria-label={i === 0 ? 'Left answer' : 'Right answer'}
        >
          {a.answer ?? 'Nothing was written.'}
        </pre>
      ))}
    </div>
  );
}

/** Two attempts picked from `attempts` (newest first), by default the latest two. */
function AttemptComparison({ attempts, again }: { attempts: Attempt[]; again: React.ReactNode }) {
  const [left, setLeft] = useState(1);
  const [right, setRight] = useState(0);
  const leftAttempt = attempts[left];
  const rightAttempt = attempts[right];
  if (!leftAttempt || !rightAttempt) return null;
  return (
    <>
      <p className="muted">
        {attempts.length} attempts, newest first. {again}.
      </p>
      <div className="attempt-pickers">
        <AttemptPicker label="Left" attempts={attempts} value={left} onChange={setLeft} />
        <AttemptPicker label="Right" attempts={attempts} value={right} onChange={setRight} />
      </div>
      <div className="attempt-sides">
        <AttemptSummary attempt={leftAttempt} side="Left" />
        <AttemptSummary attempt={rightAttempt} side="Right" />
      </div>
      <WorkDiff left={leftAttempt} right={rightAttempt} />
    </>
  );
}

/** `/attempts/:questionId`: a person's attempts at one question, two of them side by side. */
export function AttemptsPage() {
  const { questionId = '' } = useParams();
  const query = useQuery({
    queryKey: queryKeys.attempts.list(questionId),
    queryFn: () => getAttempts(questionId),
  });
  if (query.isPending) return <p>Loading…</p>;
  if (query.isError) return <p role="alert">Could not load the attempts: {query.error.message}</p>;
  const { title, attempts } = query.data;
  const again = <Link to={`/practice/${questionId}`}>Practise it again</Link>;

  return (
    <div className="attempts">
      <h1>Attempts: {title}</h1>
      {attempts.length < 2 ? (
        <>
          <p>
            {attempts.length === 0
              ? 'You have not attempted this question yet.'
              : 'Only one attempt so far: there is nothing to compare it with yet.'}{' '}
            {again} to compare.
          </p>
          {attempts[0] ? <AttemptSummary attempt={attempts[0]} side="Only" /> : null}
        </>
      ) : (
        <AttemptComparison key={questionId} attempts={attempts} again={again} />
      )}
    </div>
  );
}
