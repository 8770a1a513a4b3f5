import { useState } from 'react';
import { COMPETENCIES, COMPETENCY_IDS } from '@mockloop/shared';
import type { HistoryFilters } from '../../api/history';

const FIELDS = ['kind', 'status', 'from', 'to', 'competency', 'questionId'] as const;

/** The filters as the address holds them. */
export function filtersFrom(params: URLSearchParams): HistoryFilters {
  const filters: HistoryFilters = {};
  for (const field of FIELDS) {
    const value = params.get(field);
    if (value) filters[field] = value;
  }
  return filters;
}

/** The history page's filter bar; every change goes to the address, so a filtered list is a link. */
export function HistoryFiltersForm({
  filters,
  onChange,
}: {
  filters: HistoryFilters;
  onChange: (next: HistoryFilters) => void;
}) {
  // The question id applies on Enter or on leaving the field, not at every keystroke.
  const [questionId, setQuestionId] = useState(filters.questionId ?? '');
  function set(field: keyof HistoryFilters, value: string) {
    const next = { ...filters };
    if (value) next[field] = value;
    else delete next[field];
    onChange(next);
  }
  return (
    <form
      className="history-filters card"
      aria-label="Filter sessions"
      onSubmit={(e) => {
        e.preventDefault();
        set('questionId', questionId.trim().toLowerCase());
      }}
    >
      <label>
        Kind
        <select value={filters.kind ?? ''} onChange={(e) => set('kind', e.target.value)}>
          <option value="">All</option>
          <option value="practice">Practice</option>
          <option value="interview">Live interview</option>
        </select>
      </label>
      <label>
        Status
        <select value={filters.status ?? ''} onChange={(e) => set('status', e.target.value)}>
          <option value="">All</option>
          <option value="active">In progress</option>
          <option value="completed">Completed</option>
          <option value="abandoned">Abandoned</option>
        </select>
      </label>
      <label>
        From
        <input
          type="date"
          value={filters.from ?? ''}
          onChange={(e) => set('from', e.target.value)}
        />
      </label>
      <label>
        To
        <input type="date" value={filters.to ?? ''} onChange={(e) => set('to', e.target.value)} />
      </label>
      <label>
        Competency
        <select
          value={filters.competency ?? ''}
          onChange={(e) => set('competency', e.target.value)}
        >
          <option value="">All</option>
          {COMPETENCY_IDS.map((id) => (
            <option key={id} value={id}>
              {COMPETENCIES[id].label}
            </option>
          ))}
        </select>
      </label>
      <label>
        Question id
        <input
          type="search"
          value={questionId}
          placeholder="e.g. lru-cache"
          onChange={(e) => setQuestionId(e.target.value)}
          onBlur={() => set('questionId', questionId.trim().toLowerCase())}
        />
      </label>
    </form>
  );
}
