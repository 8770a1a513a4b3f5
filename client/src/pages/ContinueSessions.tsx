import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { listActiveSessions } from '../api/practice';
import { queryKeys } from '../api/queryKeys';

/** The home page's "continue" area: the person's running practice sessions, if any. */
export function ContinueSessions() {
  const { state } = useAuth();
  const userId = state.status === 'signed-in' ? state.user.id : null;
  const query = useQuery({
    queryKey: queryKeys.practice.active,
    queryFn: listActiveSessions,
    enabled: userId !== null,
    staleTime: 0,
  });
  // The home page works without the list: it is a shortcut, so a failure just hides it.
  const sessions = query.data ?? [];

  return (
    <section className="card home-continue" aria-labelledby="continue-heading">
      <h2 id="continue-heading">Continue</h2>
      {sessions.length === 0 ? (
        <p className="muted">Nothing running. Start a timed round or a whole interview loop.</p>
      ) : (
        <ul>
          {sessions.map((session) => (
            <li key={session.id}>
              <Link to={`/sessions/${session.id}`}>{session.title}</Link>{' '}
              <span className="muted">(on round {session.questions.length})</span>
            </li>
          ))}
        </ul>
      )}
      <Link to="/practice">Start practising</Link>
    </section>
  );
}
