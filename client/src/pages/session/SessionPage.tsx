import { useCallback, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { PracticeState } from '@mockloop/shared';
import { ApiError } from '../../api/http';
import { getSession } from '../../api/interviews';
import { queryKeys } from '../../api/queryKeys';
import { LiveRoomPage } from '../room/LiveRoomPage';
import { SessionReviewPage } from '../review/SessionReviewPage';
import { BehavioralRoundView } from './BehavioralRoundView';
import { CodingRoundView, type RoundViewProps } from './CodingRoundView';
import { DesignRoundView } from './DesignRoundView';
import { LoopSummary } from './LoopSummary';
import { RoundHeader } from './RoundHeader';
import { describeProblem } from './roundErrors';
import { outcomeText } from './roundOutcome';
import { endRound, skipRound } from '../../api/practice';
import { usePracticeState } from './usePracticeState';
import './SessionPage.css';

const ROUND_VIEWS = {
  coding: CodingRoundView,
  behavioral: BehavioralRoundView,
  'system-design': DesignRoundView,
} satisfies Record<string, (props: RoundViewProps) => React.ReactNode>;

function sessionTitle(state: PracticeState): string {
  const [first] = state.rounds;
  return state.rounds.length === 1 && first
    ? first.title
    : `Interview loop of ${state.rounds.length} rounds`;
}

/**
 * `/sessions/:id`: a live interview's room, or a practice session's current round; once either
 * is over, its review and replay.
 */
export function SessionPage() {
  const { id = '' } = useParams();
  const session = useQuery({
    queryKey: queryKeys.interviews.session(id),
    queryFn: () => getSession(id),
    retry: false,
  });
  if (session.isPending) return <p role="status">Loading the session…</p>;
  // A session that cannot be read is left to the practice view, which explains why.
  const record = session.data?.session;
  if (record?.kind === 'interview') {
    if (record.status === 'active') return <LiveRoomPage key={id} sessionId={id} />;
    return (
      <SessionReviewPage key={id} sessionId={id}>
        <p className="card" role="note">
          This interview is over: here is what happened, and a replay of the work.
        </p>
      </SessionReviewPage>
    );
  }
  return <SessionView key={id} sessionId={id} />;
}

function SessionView({ sessionId }: { sessionId: string }) {
  const { state, offset, error, refresh, accept } = usePracticeState(sessionId);
  const saveLatest = useRef<() => Promise<void>>(() => Promise.resolve());
  const registerSave = useCallback((save: () => Promise<void>) => {
    saveLatest.current = save;
  }, []);
  const [actionError, setActionError] = useState<string | null>(null);
  const queryClient = useQueryClient();

  if (!state) {
    if (!error) return <p role="status">Loading the session…</p>;
    return (
      <section>
        <h1>Cannot open this session</h1>
        <p className="error-text" role="alert">
          {error instanceof ApiError && error.status === 404
            ? 'There is no such session, or it is not yours.'
            : describeProblem(error).message}
        </p>
        <p>
          <button type="button" onClick={refresh}>
            Try again
          </button>{' '}
          <Link to="/practice">Start a new practice session</Link>
        </p>
      </section>
    );
  }

  if (state.status !== 'active') {
    return (
      <SessionReviewPage sessionId={sessionId}>
        <LoopSummary
          state={state}
          onChange={(next) => {
            accept(next);
            // A self-rating is feedback the review shows: read the transcript again.
            void queryClient.invalidateQueries({ queryKey: queryKeys.transcript(sessionId) });
          }}
        />
      </SessionReviewPage>
    );
  }
  const round = state.currentRound === null ? undefined : state.rounds[state.currentRound];
  if (!round?.question) {
    return (
      <section>
        <h1>{sessionTitle(state)}</h1>
        <p role="status">Judging your last round… the summary appears in a moment.</p>
      </section>
    );
  }

  async function act(action: typeof endRound) {
    if (!round) return;
    setActionError(null);
    await saveLatest.current();
    try {
      accept(await action(sessionId, round.index));
    } catch (e) {
      const problem = describeProblem(e);
      setActionError(problem.message);
      if (problem.roundOver) refresh();
    }
  }

  const RoundView = ROUND_VIEWS[round.kind];
  const earlier = state.rounds.slice(0, round.index);
  return (
    <div className="session-page">
      <RoundHeader
        round={round}
        roundCount={state.rounds.length}
        offset={offset}
        onExpire={refresh}
        onEnd={() => act(endRound)}
        onSkip={() => act(skipRound)}
      />
      {(actionError ?? error) && (
        <p className="error-text" role="alert">
          {actionError ?? (error ? describeProblem(error).message : '')}
        </p>
      )}
      {earlier.length > 0 && (
        <ul className="earlier-rounds muted" aria-label="Earlier rounds">
          {earlier.map((done) => (
            <li key={done.index}>
              Round {done.index + 1}, {done.title}: {outcomeText(done)}. Its review waits in the
              summary.
            </li>
          ))}
        </ul>
      )}
      <RoundView
        key={round.index}
        sessionId={sessionId}
        round={round}
        question={round.question}
        onRoundOver={refresh}
        registerSave={registerSave}
      />
    </div>
  );
}
