import { useId, useState } from 'react';
import { QUESTION_KINDS, type InterviewFormat, type QuestionKind } from '@mockloop/shared';
import { useQuestionList } from '../../api/questions';
import { useDebouncedCallback } from '../../rounds/useDebouncedCallback';
import type { RoomController } from '../RoomController';
import { ConfirmButton } from './ConfirmButton';
import { RequestError } from './RequestError';
import { currentRound, roundIsOver } from './roomView';
import { useRoomRequest } from './useRoomRequest';

const PAGE = 20;

const KIND_LABELS: Record<QuestionKind, string> = {
  coding: 'Coding',
  behavioral: 'Behavioral',
  'system-design': 'System design',
};

/** The kind a room's format asks; a loop asks every kind, so it starts unfiltered. */
export function kindForFormat(format: InterviewFormat): QuestionKind | '' {
  return format === 'loop' ? '' : format;
}

/**
 * The interviewer's question bank: search and filter by kind, choose one, present it. Replacing
 * a question the candidate is working on asks first.
 */
export function QuestionPicker({ room }: { room: RoomController }) {
  const { snapshot } = room;
  const { send, pending, error } = useRoomRequest(room);
  const [kind, setKind] = useState<QuestionKind | ''>(() => kindForFormat(snapshot.format));
  const [search, setSearch] = useState('');
  const [query, setQuery] = useState('');
  const applySearch = useDebouncedCallback(setQuery, 300);
  const [chosen, setChosen] = useState<string | null>(null);
  const list = useQuestionList({
    offset: 0,
    limit: PAGE,
    ...(kind ? { kind } : {}),
    ...(query.trim() ? { q: query.trim() } : {}),
  });
  const id = useId();
  const asked = new Set(currentRound(snapshot)?.questions.map((q) => q.questionId));
  const over = roundIsOver(snapshot);
  const current = snapshot.question?.view.title;
  const chosenTitle = list.data?.items.find((item) => item.id === chosen)?.title ?? chosen;

  async function handlePresent() {
    if (!chosen) return;
    const ack = await send('room:present', { questionId: chosen });
    if (ack) setChosen(null);
  }

  return (
    <section className="room-picker" aria-label="Question bank">
      <div className="room-picker-filters">
        <label htmlFor={`${id}-q`}>Search questions</label>
        <input
          id={`${id}-q`}
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.target.value);
            applySearch(event.target.value);
          }}
        />
        <label htmlFor={`${id}-kind`}>Kind</label>
        <select
          id={`${id}-kind`}
          value={kind}
          onChange={(event) => setKind(QUESTION_KINDS.find((k) => k === event.target.value) ?? '')}
        >
          <option value="">Any kind</option>
          {QUESTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      {list.isPending && <p role="status">Loading questions…</p>}
      {list.isError && (
        <p className="error-text" role="alert">
          {list.error.message}
        </p>
      )}
      {list.data && list.data.items.length === 0 && <p>No questions match.</p>}
      {list.data && list.data.items.length > 0 && (
        <fieldset className="room-picker-list">
          <legend>
            Questions ({list.data.items.length} of {list.data.total})
          </legend>
          {list.data.items.map((item) => (
            <label key={item.id}>
              <input
                type="radio"
                name={`${id}-question`}
                value={item.id}
                checked={chosen === item.id}
                onChange={() => setChosen(item.id)}
              />
              {item.title}{' '}
              <span className="muted">
                {KIND_LABELS[item.kind]} · {item.difficulty} · {item.timeLimitMinutes} min
                {asked.has(item.id) && ' · asked this round'}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <ConfirmButton
        label="Present question"
        question={`Replace "${current ?? ''}" with "${chosenTitle ?? ''}"? The candidate moves to the new question.`}
        confirmLabel="Yes, replace the question"
        needsConfirm={current !== undefined}
        disabled={!chosen || pending || over}
        onConfirm={() => void handlePresent()}
      />
      {over && <p className="muted">The round has ended: swap roles to ask another question.</p>}
      <RequestError error={error} />
    </section>
  );
}
