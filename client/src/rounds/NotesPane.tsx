import { useId, useState } from 'react';
import { Markdown } from '../markdown/Markdown';
import { useDebouncedCallback } from './useDebouncedCallback';
import './NotesPane.css';

export interface NotesPaneProps {
  /** The notes to start from; read once. */
  initialNotes: string;
  /** Called with the whole text once typing settles. */
  onChange: (notes: string) => void;
  readOnly?: boolean;
  /** Default 800 ms. */
  debounceMs?: number;
}

/** Markdown notes: a textarea and its rendered preview (raw HTML shown as text). */
export function NotesPane({
  initialNotes,
  onChange,
  readOnly = false,
  debounceMs = 800,
}: NotesPaneProps) {
  const [notes, setNotes] = useState(initialNotes);
  const emit = useDebouncedCallback(onChange, debounceMs);
  const id = useId();

  function handleInput(text: string) {
    setNotes(text);
    emit(text);
  }

  return (
    <div className="notes-pane">
      <label htmlFor={id}>Notes (Markdown)</label>
      <textarea
        id={id}
        value={notes}
        readOnly={readOnly}
        rows={12}
        spellCheck
        onChange={(event) => handleInput(event.target.value)}
      />
      <section className="notes-preview" aria-label="Notes preview">
        {notes.trim() ? (
          <Markdown source={notes} />
        ) : (
          <p className="notes-empty">The preview appears here.</p>
        )}
      </section>
    </div>
  );
}
