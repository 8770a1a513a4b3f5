import { useMemo } from 'react';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { getRepeatedQuestions } from '../../api/attempts';
import { listSessions, type HistoryFilters } from '../../api/history';
import { queryKeys } from '../../api/queryKeys';
import { useAuth } from '../../auth/AuthContext';
import { filtersFrom, HistoryFiltersForm } from './HistoryFiltersForm';
import { HistoryTable } from './HistoryTable';
import './HistoryPage.css';

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
  const sessions = useMemo(
    () => query.data?.pages.flatMap((page) => page.sessions) ?? [],
    [query.data],
  );
  // A missing answer only hides the "Compare attempts" links; the list stands on its own.
  const counts = useQuery({
    queryKey: queryKeys.attempts.repeated,
    queryFn: getRepeatedQuestions,
  }).data?.counts;
  const repeated = useMemo(() => new Set(Object.keys(counts ?? {})), [counts]);

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
        <HistoryTable sessions={sessions} userId={userId} repeated={repeated} />
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
