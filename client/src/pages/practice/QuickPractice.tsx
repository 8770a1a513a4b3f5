import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import {
  COMPETENCIES,
  COMPETENCY_IDS,
  DIFFICULTIES,
  QUESTION_KINDS,
  type QuickPracticeRequest,
} from '@mockloop/shared';
import { describeProblem } from '../session/roundErrors';
import { startQuickPractice } from '../../api/practice';

export const KIND_LABELS: Record<(typeof QUESTION_KINDS)[number], string> = {
  coding: 'Coding',
  behavioral: 'Behavioral',
  'system-design': 'System design',
};

function pick<T extends string>(options: readonly T[], value: string): T | undefined {
  return options.find((option) => option === value);
}

/** One timed round of a question the server picks (new to the person first, then weak spots). */
export function QuickPractice() {
  const navigate = useNavigate();
  const [kind, setKind] = useState('');
  const [difficulty, setDifficulty] = useState('');
  const [competency, setCompetency] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  async function handleStart(event: React.FormEvent) {
    event.preventDefault();
    setStarting(true);
    setError(null);
    const chosenKind = pick(QUESTION_KINDS, kind);
    const chosenDifficulty = pick(DIFFICULTIES, difficulty);
    const chosenCompetency = pick(COMPETENCY_IDS, competency);
    const body: QuickPracticeRequest = {
      ...(chosenKind ? { kind: chosenKind } : {}),
      ...(chosenDifficulty ? { difficulty: chosenDifficulty } : {}),
      ...(chosenCompetency ? { competency: chosenCompetency } : {}),
    };
    try {
      const { session } = await startQuickPractice(body);
      void navigate(`/sessions/${session.id}`);
    } catch (e) {
      setStarting(false);
      setError(
        e instanceof Error && 'code' in e && e.code === 'no_matching_question'
          ? 'No question matches all of these. Widen a filter and try again.'
          : describeProblem(e).message,
      );
    }
  }

  return (
    <form
      className="card quick-practice"
      aria-labelledby="quick-heading"
      onSubmit={(e) => void handleStart(e)}
    >
      <h2 id="quick-heading">Quick practice</h2>
      <p className="muted">
        One timed round. Questions you have not done come first, then the ones that went badly.
      </p>
      <label>
        Kind
        <select value={kind} onChange={(e) => setKind(e.target.value)}>
          <option value="">Any</option>
          {QUESTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Difficulty
        <select value={difficulty} onChange={(e) => setDifficulty(e.target.value)}>
          <option value="">Any</option>
          {DIFFICULTIES.map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </label>
      <label>
        Competency
        <select value={competency} onChange={(e) => setCompetency(e.target.value)}>
          <option value="">Any</option>
          {COMPETENCY_IDS.map((c) => (
            <option key={c} value={c}>
              {COMPETENCIES[c].label}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" disabled={starting}>
        {starting ? 'Starting…' : 'Start a round'}
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </form>
  );
}
