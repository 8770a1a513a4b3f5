import { memo, useDeferredValue } from 'react';
import { Link } from 'react-router-dom';
import { findParticipant, type Session } from '@mockloop/shared';
import { exportUrl } from '../../api/history';
import { sessionMinutes, sessionOutcome } from './sessionOutcome';

/**
 * Rows in the first paint; the rest follow in a background render React may interrupt, so a
 * history of 1,000 sessions paints about as soon as one of 50 (npm run bench:history).
 */
const FIRST_ROWS = 50;

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface HistoryRowProps {
  session: Session;
  userId: string;
  /** Questions the person met more than once: their rows link to the attempts page. */
  repeated: ReadonlySet<string>;
}

/** Memoised: loading the next page or the repeated questions re-renders only what changed. */
const HistoryRow = memo(function HistoryRow({ session, userId, repeated }: HistoryRowProps) {
  const role = findParticipant(session, userId)?.role ?? 'candidate';
  const minutes = sessionMinutes(session);
  const asked = [...new Set(session.questions.map((q) => q.questionId))];
  const compare = asked.filter((id) => repeated.has(id));
  return (
    <tr>
      <td>
        <Link to={`/sessions/${session.id}`}>{session.title || 'Untitled session'}</Link>
        <div className="muted history-questions">{asked.join(', ') || 'No question yet'}</div>
        {compare.map((id) => (
          <div key={id} className="history-compare">
            <Link to={`/attempts/${id}`}>
              Compare attempts{compare.length > 1 || asked.length > 1 ? ` (${id})` : ''}
            </Link>
          </div>
        ))}
      </td>
      <td>{session.kind === 'interview' ? `Interview (${role})` : 'Practice'}</td>
      <td>
        <time dateTime={new Date(session.createdAt).toISOString()}>
          {dateFormat.format(session.createdAt)}
        </time>
      </td>
      <td>{minutes === null ? '—' : `${minutes} min`}</td>
      <td>{sessionOutcome(session)}</td>
      <td className="history-export">
        <a href={exportUrl(session.id, 'markdown')} download>
          Markdown
        </a>{' '}
        <a href={exportUrl(session.id, 'json')} download>
          JSON
        </a>
      </td>
    </tr>
  );
});

/** The history list: one row per session, newest first (see `FIRST_ROWS`). */
export function HistoryTable({
  sessions,
  userId,
  repeated,
}: {
  sessions: readonly Session[];
  userId: string;
  repeated: ReadonlySet<string>;
}) {
  const shown = useDeferredValue(
    sessions,
    sessions.length > FIRST_ROWS ? sessions.slice(0, FIRST_ROWS) : sessions,
  );
  return (
    <table className="history-table">
      <caption className="visually-hidden">Your sessions, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Session</th>
          <th scope="col">Kind</th>
          <th scope="col">Started</th>
          <th scope="col">Length</th>
          <th scope="col">Outcome</th>
          <th scope="col">Export</th>
        </tr>
      </thead>
      <tbody>
        {shown.map((session) => (
          <HistoryRow key={session.id} session={session} userId={userId} repeated={repeated} />
        ))}
      </tbody>
    </table>
  );
}
