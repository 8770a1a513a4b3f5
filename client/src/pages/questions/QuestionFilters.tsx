import { useEffect, useId, useRef, useState } from 'react';
import { COMPETENCIES, DIFFICULTIES, QUESTION_KINDS } from '@mockloop/shared';
import { kindLabel } from './QuestionBadges';

/** The filters as they appear in the page's address (`?kind=coding&q=cache`). */
export interface FilterValues {
  kind: string;
  difficulty: string;
  competency: string;
  tag: string;
  q: string;
}

const TYPING_DELAY_MS = 300;

/** Tags are lower-case kebab-case; turn what someone typed into one. */
export function normalizeTag(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
    .replace(/[^a-z0-9-]/g, '')
    .replace(/^-+/, '')
    .slice(0, 60);
}

/** A text input's value that reports itself once typing pauses, and follows outside changes. */
function useTypedValue(value: string, onSettle: (value: string) => void) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    // The value changed from outside (a tag badge, the back button): show it.
    setSeen(value);
    setText(value);
  }
  const settle = useRef(onSettle);
  useEffect(() => {
    settle.current = onSettle;
  });
  useEffect(() => {
    if (text === value) return;
    const timer = setTimeout(() => settle.current(text), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, value]);
  return [text, setText] as const;
}

export function QuestionFilters(props: {
  values: FilterValues;
  onChange: (change: Partial<FilterValues>) => void;
}) {
  const { values, onChange } = props;
  const id = useId();
  const [q, setQ] = useTypedValue(values.q, (value) => onChange({ q: value.trim() }));
  const [tag, setTag] = useTypedValue(values.tag, (value) =>
    onChange({ tag: normalizeTag(value) }),
  );

  return (
    <form className="question-filters" role="search" onSubmit={(e) => e.preventDefault()}>
      <div className="field search">
        <label htmlFor={`${id}-q`}>Search</label>
        <input
          id={`${id}-q`}
          type="search"
          value={q}
          maxLength={200}
          placeholder="Words in the title or prompt"
          onChange={(e) => setQ(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={values.kind}
          onChange={(e) => onChange({ kind: e.target.value })}
        >
          <option value="">All kinds</option>
          {QUESTION_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {kindLabel(kind)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-difficulty`}>Difficulty</label>
        <select
          id={`${id}-difficulty`}
          value={values.difficulty}
          onChange={(e) => onChange({ difficulty: e.target.value })}
        >
          <option value="">Any difficulty</option>
          {DIFFICULTIES.map((d) => (
            <option key={d} value={d}>
              {d[0]?.toUpperCase()}
              {d.slice(1)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-competency`}>Competency</label>
        <select
          id={`${id}-competency`}
          value={values.competency}
          onChange={(e) => onChange({ competency: e.target.value })}
        >
          <option value="">Any competency</option>
          {Object.entries(COMPETENCIES).map(([key, c]) => (
            <option key={key} value={key}>
              {c.label}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-tag`}>Tag</label>
        <input
          id={`${id}-tag`}
          type="text"
          value={tag}
          maxLength={60}
          placeholder="e.g. graphs"
          onChange={(e) => setTag(e.target.value)}
        />
      </div>
    </form>
  );
}
