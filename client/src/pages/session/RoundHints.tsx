import { useState } from 'react';
import type { QuestionSection } from '@mockloop/shared';
import { Markdown } from '../../markdown/Markdown';
import { describeProblem } from './roundErrors';
import { revealHint } from '../../api/practice';

export interface RoundHintsProps {
  sessionId: string;
  index: number;
  hintCount: number;
  revealed: QuestionSection[];
}

/** Hints one at a time from the server, which records each reveal. */
export function RoundHints({ sessionId, index, hintCount, revealed }: RoundHintsProps) {
  const [hints, setHints] = useState(revealed);
  const [error, setError] = useState<string | null>(null);
  const [asking, setAsking] = useState(false);
  if (hintCount === 0) return null;

  async function handleReveal() {
    setAsking(true);
    setError(null);
    try {
      const answer = await revealHint(sessionId, index);
      setHints((shown) => [...shown, answer.hint]);
    } catch (e) {
      setError(describeProblem(e).message);
    } finally {
      setAsking(false);
    }
  }

  return (
    <section className="hints" aria-label="Hints">
      <h2>Hints</h2>
      <ol>
        {hints.map((hint) => (
          <li key={hint.heading} className="card hint">
            <h3>{hint.heading}</h3>
            <Markdown source={hint.markdown} />
          </li>
        ))}
      </ol>
      {hints.length < hintCount ? (
        <button
          type="button"
          className="secondary"
          onClick={() => void handleReveal()}
          disabled={asking}
        >
          Show hint {hints.length + 1} of {hintCount}
        </button>
      ) : (
        <p className="muted">All {hintCount} hints shown.</p>
      )}
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
