import { useCallback, useEffect, useRef, useState } from 'react';
import type { PracticeState } from '@mockloop/shared';
import { ApiError } from '../../api/http';
import { getPracticeState } from './sessionApi';

export interface PracticeView {
  state: PracticeState | null;
  /** `serverTime - Date.now()` when the latest state arrived: the timer's skew correction. */
  offset: number;
  error: ApiError | null;
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
  const [view, setView] = useState<{ state: PracticeState | null; offset: number }>({
    state: null,
    offset: 0,
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [tick, setTick] = useState(0);
  const live = useRef(true);

  const accept = useCallback((state: PracticeState) => {
    if (!live.current) return;
    setView({ state, offset: state.serverTime - Date.now() });
    setError(null);
  }, []);
  const refresh = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    live.current = true;
    getPracticeState(sessionId).then(accept, (e: unknown) => {
      if (live.current) setError(e instanceof ApiError ? e : new ApiError(0, 'http', String(e)));
    });
    return () => {
      live.current = false;
    };
  }, [sessionId, tick, accept]);

  const settling = view.state !== null && isSettling(view.state, view.offset);
  useEffect(() => {
    if (!settling) return;
    const timer = setTimeout(refresh, WAIT_POLL_MS);
    return () => clearTimeout(timer);
  }, [settling, view, refresh]);

  return { ...view, error, refresh, accept };
}
