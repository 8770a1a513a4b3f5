import { Link } from 'react-router-dom';
import type { PracticeState, RoundState } from '@mockloop/shared';
import { ResultsPanel } from '../practice/ResultsPanel';
import { outcomeText, timeUsed } from './roundOutcome';
import { RoundReview } from './RoundReview';

const KIND_LABELS: Record<RoundState['kind'], string> = {
  coding: 'Coding',
  behavioral: 'Behavioral',
  'system-design': 'System design',
};

export interface LoopSummaryProps {
  state: PracticeState;
  onChange: (state: PracticeState) => void;
}

/**
 * The session is over: every round's outcome in one table, then each round's review (reference
 * material, self-rating, checklist). The review page shows it above the replay.
 */
export function LoopSummary({ state, onChange }: LoopSummaryProps) {
  return (
    <div className="loop-summary">
      <h2>Summary</h2>
      <table className="summary-table" data-testid="loop-summary">
        <thead>
          <tr>
            <th scope="col">Round</th>
            <th scope="col">Question</th>
            <th scope="col">Outcome</th>
            <th scope="col">Attempts</th>
            <th scope="col">Time used</th>
          </tr>
        </thead>
        <tbody>
          {state.rounds.map((round) => (
            <tr key={round.index}>
              <td>
                {round.index + 1}. {KIND_LABELS[round.kind]}
              </td>
              <td>{round.title}</td>
              <td data-testid="round-outcome">{outcomeText(round)}</td>
              <td>
                {round.kind === 'coding' ? `${round.runs} runs, ${round.submits} submits` : '–'}
              </td>
              <td>{timeUsed(round)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {state.rounds.map((round) => (
        <section
          key={round.index}
          className="card summary-round"
          aria-label={`Round ${round.index + 1} review`}
        >
          <h3>
            Round {round.index + 1}: {round.title}
          </h3>
          <p className="muted">{outcomeText(round)}</p>
          {round.outcome?.result && (
            <details>
              <summary>Test results of the final submission</summary>
              <ResultsPanel result={round.outcome.result} />
            </details>
          )}
          {round.status === 'over' && (
            <RoundReview sessionId={state.sessionId} round={round} onChange={onChange} />
          )}
        </section>
      ))}
      <p>
        <Link to="/practice">Practise again</Link> · <Link to="/">Home</Link>
      </p>
    </div>
  );
}
