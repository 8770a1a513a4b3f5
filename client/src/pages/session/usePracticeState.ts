import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { PracticeState } from '@mockloop/shared';
import type { ApiError } from '../../api/http';
import { getPracticeState } from '../../api/practice';
import { queryKeys } from '../../api/queryKeys';

export interface PracticeView {
  state: PracticeState | null;
  /** `serverTime - Date.now()` when the latest state arrived: the timer's skew correction. */
  offset: number;
  error: ApiError | Error | null;
  /** Loads the state again (after an action, at the deadline, when a save came too late). */
  refresh: () => void;
  /** Takes a state an action answered with. */
  accept: (state: PracticeState) => void;
}

const WAIT_POLL_MS = 1000;

/** Something is about to change without us: a round judging, or a deadline just passed. */
function isSettling(state: PracticeState, offset: number): boolean {
  if (state.status !== 'active') return false;
  if (state.currentRound === null) return true;
  const deadline = state.rounds[state.currentRound]?.deadline;
  return deadline !== null && deadline !== undefined && deadline <= Date.now() + offset;
}

/** The practice session as the server sees it, polled only while it settles by itself. */
export function usePracticeState(sessionId: string): PracticeView {
  const queryClient = useQueryClient();
  const key = queryKeys.practice.state(sessionId);
  const query = useQuery({
    queryKey: key,
    queryFn: () => getPracticeState(sessionId),
    // The server's clock and the round move on their own: never trust an old copy.
    staleTime: 0,
    refetchInterval: (q) => {
      const data = q.state.data;
      return data && isSettling(data, data.serverTime - q.state.dataUpdatedAt)
        ? WAIT_POLL_MS
        : false;
    },
  });
  const state = query.data ?? null;
  const offset = state ? state.serverTime - query.dataUpdatedAt : 0;
  const { refetch } = query;
  const refresh = useCallback(() => void refetch(), [refetch]);
  const accept = useCallback(
    (next: PracticeState) => queryClient.setQueryData(queryKeys.practice.state(sessionId), next),
    [queryClient, sessionId],
  );
  return { state, offset, error: query.error, refresh, accept };
}
