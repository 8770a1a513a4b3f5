import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { LOOP_PRESETS, MAX_ROUNDS, QUESTION_KINDS } from '@mockloop/shared';
import { describeProblem } from '../session/roundErrors';
import { listQuestionIds, startPractice, startQuickPractice } from '../../api/practice';
import { matchingPreset, moveRound, pickQuestions, type PlannedRound } from './loopPlan';
import { KIND_LABELS } from './QuickPractice';

const [FIRST_PRESET] = LOOP_PRESETS;

async function startLoop(rounds: readonly PlannedRound[]): Promise<string> {
  const preset = matchingPreset(rounds);
  if (preset) {
    const started = await startQuickPractice({ preset });
    return started.session.id;
  }
  const kinds = [...new Set(rounds.map((round) => round.kind))];
  const lists = await Promise.all(kinds.map((kind) => listQuestionIds(kind)));
  const ids = pickQuestions(
    rounds,
    Object.fromEntries(kinds.map((kind, i) => [kind, lists[i] ?? []])),
  );
  if (!ids) throw new Error('The bank has no question of one of these kinds. Change that round.');
  const started = await startPractice({
    kind: 'practice',
    rounds: rounds.map((round, i) => ({ questionId: ids[i] ?? '', minutes: round.minutes })),
  });
  return started.session.id;
}

/** An interview loop: start from a preset, then add, remove, reorder and time the rounds. */
export function LoopBuilder() {
  const navigate = useNavigate();
  const [rounds, setRounds] = useState<PlannedRound[]>(() => [...(FIRST_PRESET?.rounds ?? [])]);
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);

  function update(index: number, change: Partial<PlannedRound>) {
    setRounds(rounds.map((round, i) => (i === index ? { ...round, ...change } : round)));
  }

  async function handleStart() {
    setStarting(true);
    setError(null);
    try {
      void navigate(`/sessions/${await startLoop(rounds)}`);
    } catch (e) {
      setStarting(false);
      setError(e instanceof Error && !('code' in e) ? e.message : describeProblem(e).message);
    }
  }

  const total = rounds.reduce((sum, round) => sum + round.minutes, 0);
  return (
    <section className="card loop-builder" aria-labelledby="loop-heading">
      <h2 id="loop-heading">Interview loop</h2>
      <p className="muted">
        Several timed rounds in a row, like the real day. Start from a preset and change it freely.
      </p>
      <div className="loop-presets" role="group" aria-label="Presets">
        {LOOP_PRESETS.map((preset) => (
          <button
            key={preset.id}
            type="button"
            className="secondary"
            onClick={() => setRounds([...preset.rounds])}
          >
            {preset.title}
          </button>
        ))}
      </div>
      <ol className="loop-rounds">
        {rounds.map((round, index) => (
          <li key={index} className="loop-round">
            <label>
              Round {index + 1} kind
              <select
                value={round.kind}
                onChange={(e) =>
                  update(index, {
                    kind: QUESTION_KINDS.find((k) => k === e.target.value) ?? round.kind,
                  })
                }
              >
                {QUESTION_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {KIND_LABELS[kind]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Round {index + 1} minutes
              <input
                type="number"
                min={1}
                max={180}
                value={round.minutes}
                onChange={(e) =>
                  update(index, {
                    minutes: Math.min(180, Math.max(1, Math.round(Number(e.target.value)) || 1)),
                  })
                }
              />
            </label>
            <button
              type="button"
              className="secondary"
              aria-label={`Move round ${index + 1} up`}
              disabled={index === 0}
              onClick={() => setRounds(moveRound(rounds, index, -1))}
            >
              ↑
            </button>
            <button
              type="button"
              className="secondary"
              aria-label={`Move round ${index + 1} down`}
              disabled={index === rounds.length - 1}
              onClick={() => setRounds(moveRound(rounds, index, 1))}
            >
              ↓
            </button>
            <button
              type="button"
              className="secondary"
              aria-label={`Remove round ${index + 1}`}
              disabled={rounds.length === 1}
              onClick={() => setRounds(rounds.filter((_, i) => i !== index))}
            >
              Remove
            </button>
          </li>
        ))}
      </ol>
      <p>
        <button
          type="button"
          className="secondary"
          disabled={rounds.length >= MAX_ROUNDS}
          onClick={() => setRounds([...rounds, { kind: 'coding', minutes: 30 }])}
        >
          Add a round
        </button>
      </p>
      <button type="button" onClick={() => void handleStart()} disabled={starting}>
        {starting ? 'Starting…' : `Start the loop (${rounds.length} rounds, ${total} minutes)`}
      </button>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
