import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Session } from '@mockloop/shared';
import { useAuth } from '../auth/AuthContext';
import { listActiveSessions } from './session/sessionApi';

/** The home page's "continue" area: the person's running practice sessions, if any. */
export function ContinueSessions() {
  const { state } = useAuth();
  const userId = state.status === 'signed-in' ? state.user.id : null;
  const [sessions, setSessions] = useState<Session[]>([]);
  useEffect(() => {
    if (!userId) return;
    let live = true;
    listActiveSessions().then(
      (list) => live && setSessions(list),
      () => undefined, // The home page works without it; the list is a shortcut.
    );
    return () => {
      live = false;
    };
  }, [userId]);

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
