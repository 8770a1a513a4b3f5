import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { describeProblem } from '../session/roundErrors';
import { startPractice } from '../../api/practice';

/**
 * `/practice/:id` ("Practise this"): starts a timed round of that question and opens it at
 * `/sessions/:id`. The address is replaced, so a reload resumes the round instead of starting another.
 */
export function PracticePage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  // StrictMode runs effects twice; one question must start one session.
  const started = useRef<string | null>(null);

  useEffect(() => {
    if (started.current === id) return;
    started.current = id;
    startPractice({ kind: 'practice', rounds: [{ questionId: id }] }).then(
      ({ session }) => navigate(`/sessions/${session.id}`, { replace: true }),
      (e: unknown) => setError(describeProblem(e).message),
    );
  }, [id, navigate]);

  if (!error) return <p role="status">Starting your round…</p>;
  return (
    <section>
      <h1>Cannot start this round</h1>
      <p className="error-text" role="alert">
        {error}
      </p>
      <p>
        <Link to="/questions">Pick another question</Link> ·{' '}
        <Link to="/practice">Quick practice</Link>
      </p>
    </section>
  );
}
