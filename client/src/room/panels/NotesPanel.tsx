import { useId, useState, type KeyboardEvent } from 'react';
import { MAX_NOTE_LENGTH, type PrivateNote } from '@mockloop/shared';
import type { RoomController } from '../RoomController';
import { RequestError } from './RequestError';
import { clockText } from '../../rounds/remaining';
import { mergeBySeq } from './roomView';
import { useOpText } from './useOpText';
import { useRoomRequest } from './useRoomRequest';

/**
 * Private notes: only their author ever receives them. Each shows when it was written, counted
 * from the start of its round. Enter adds; Shift+Enter starts a new line.
 */
export function NotesPanel({ room }: { room: RoomController }) {
  const { snapshot } = room;
  const { send, pending, error, setError } = useRoomRequest(room);
  const { text, setText, currentOpId } = useOpText();
  // Notes this tab added: the server sends `note:added` to the author's other tabs only.
  const [added, setAdded] = useState<PrivateNote[]>([]);
  const notes = mergeBySeq(snapshot.notes, added);
  const id = useId();
  const manyRounds = snapshot.rounds.length > 1;

  async function handleAdd() {
    const trimmed = text.trim();
    if (!trimmed) {
      setError('Write something first.');
      return;
    }
    if (trimmed.length > MAX_NOTE_LENGTH) {
      setError(`A note is at most ${MAX_NOTE_LENGTH} characters.`);
      return;
    }
    const note = await send('note:add', { text: trimmed, clientOpId: currentOpId() });
    if (!note) return;
    setAdded((list) => [...list, note]);
    setText('');
  }

  function handleKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void handleAdd();
  }

  return (
    <section className="room-notes" aria-label="Private notes">
      <h2>Private notes</h2>
      <p className="muted">Only you can see these.</p>
      {notes.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <ol className="room-note-list" aria-label="Your notes">
          {notes.map((note) => {
            const start = snapshot.rounds[note.round]?.startedAt ?? note.at;
            return (
              <li key={note.seq}>
                <span className="room-note-time">
                  {manyRounds && `Round ${note.round + 1}, `}
                  {clockText(note.at - start)}
                </span>{' '}
                <span className="room-note-text">{note.text}</span>
              </li>
            );
          })}
        </ol>
      )}
      <label htmlFor={id}>New note</label>
      <textarea
        id={id}
        rows={2}
        value={text}
        maxLength={MAX_NOTE_LENGTH}
        onChange={(event) => setText(event.target.value)}
        onKeyDown={handleKeyDown}
      />
      <button type="button" disabled={pending} onClick={() => void handleAdd()}>
        Add note
      </button>
      <RequestError error={error} />
    </section>
  );
}
