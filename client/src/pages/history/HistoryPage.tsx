import { useInfiniteQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { findParticipant, type Session } from '@mockloop/shared';
import { exportUrl, listSessions, type HistoryFilters } from '../../api/history';
import { queryKeys } from '../../api/queryKeys';
import { useAuth } from '../../auth/AuthContext';
import { filtersFrom, HistoryFiltersForm } from './HistoryFiltersForm';
import { sessionMinutes, sessionOutcome } from './sessionOutcome';
import './HistoryPage.css';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function HistoryRow({ session, userId }: { session: Session; userId: string }) {
  const role = findParticipant(session, userId)?.role ?? 'candidate';
  const minutes = sessionMinutes(session);
  return (
    <tr>
      <td>
        <Link to={`/sessions/${session.id}`}>{session.title || 'Untitled session'}</Link>
        <div className="muted history-questions">
          {session.questions.map((q) => q.questionId).join(', ') || 'No question yet'}
        </div>
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
}

/** `/history`: every session the person took part in, newest first, filtered and paged. */
export function HistoryPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const { state } = useAuth();
  const userId = state.status === 'signed-in' ? state.user.id : '';
  const query = useInfiniteQuery({
    queryKey: queryKeys.history(filters),
    queryFn: ({ pageParam }) => listSessions(filters, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  const sessions = query.data?.pages.flatMap((page) => page.sessions) ?? [];

  function applyFilters(next: HistoryFilters) {
    setParams(new URLSearchParams(Object.entries(next)), { replace: true });
  }

  return (
    <div className="history">
      <h1>History</h1>
      <HistoryFiltersForm key={params.toString()} filters={filters} onChange={applyFilters} />
      {query.isPending ? <p>Loading…</p> : null}
      {query.isError ? (
        <p role="alert">Could not load your sessions: {query.error.message}</p>
      ) : null}
      {query.isSuccess && sessions.length === 0 ? (
        <p className="muted">
          No sessions match. <Link to="/practice">Start a practice round</Link> or{' '}
          <Link to="/interviews">a live interview</Link>.
        </p>
      ) : null}
      {sessions.length > 0 ? (
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
            {sessions.map((session) => (
              <HistoryRow key={session.id} session={session} userId={userId} />
            ))}
          </tbody>
        </table>
      ) : null}
      {query.hasNextPage ? (
        <button
          type="button"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
        >
          {query.isFetchingNextPage ? 'Loading…' : 'Load more'}
        </button>
      ) : null}
    </div>
  );
}
