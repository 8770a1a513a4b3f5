import { useState } from 'react';
import './RubricChecklist.css';

export interface RubricItem {
  id: string;
  text: string;
}

/** What the person ticked, and the score it makes: `ticked / total` (0 when there are none). */
export interface RubricResult {
  ticked: string[];
  total: number;
  score: number;
}

/** The score of a checklist: ticked items that exist, over all items. */
export function rubricResult(items: readonly RubricItem[], ticked: Iterable<string>): RubricResult {
  const chosen = new Set(ticked);
  const kept = items.filter((item) => chosen.has(item.id)).map((item) => item.id);
  return {
    ticked: kept,
    total: items.length,
    score: items.length ? kept.length / items.length : 0,
  };
}

export interface RubricChecklistProps {
  items: readonly RubricItem[];
  /** Ids ticked at the start (a saved answer). */
  initialTicked?: readonly string[];
  onChange: (result: RubricResult) => void;
  readOnly?: boolean;
}

/** After a design round: the rubric as a checklist; what the person covered is their score. */
export function RubricChecklist({
  items,
  initialTicked = [],
  onChange,
  readOnly = false,
}: RubricChecklistProps) {
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(initialTicked));
  const result = rubricResult(items, ticked);

  function handleToggle(id: string, on: boolean) {
    const next = new Set(ticked);
    if (on) next.add(id);
    else next.delete(id);
    setTicked(next);
    onChange(rubricResult(items, next));
  }

  return (
    <fieldset className="rubric" disabled={readOnly}>
      <legend>What did you cover?</legend>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <label>
              <input
                type="checkbox"
                checked={ticked.has(item.id)}
                onChange={(event) => handleToggle(item.id, event.target.checked)}
              />
              {item.text}
            </label>
          </li>
        ))}
      </ul>
      <p className="rubric-score" role="status" data-testid="rubric-score">
        Covered {result.ticked.length} of {result.total} ({Math.round(result.score * 100)}%)
      </p>
    </fieldset>
  );
}
