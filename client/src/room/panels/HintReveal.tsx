import { useState } from 'react';
import type { RoomQuestion } from '@mockloop/shared';
import { Markdown } from '../../markdown/Markdown';
import type { RoomController } from '../RoomController';
import { RequestError } from './RequestError';
import { useRoomRequest } from './useRoomRequest';

/** The interviewer's hints, each marked shown or not, and the button that reveals the next. */
export function HintReveal({
  room,
  question,
  disabled,
}: {
  room: RoomController;
  question: RoomQuestion;
  disabled: boolean;
}) {
  const { send, pending, error } = useRoomRequest(room);
  // The room's count, or what this tab saw acknowledged since (for this question only).
  const [seen, setSeen] = useState({ docIndex: question.docIndex, count: 0 });
  const seenHere = seen.docIndex === question.docIndex ? seen.count : 0;
  const hints = {
    known: question.view.hints,
    total: question.view.hintCount,
    revealed: Math.min(question.view.hintCount, Math.max(question.hintsRevealed, seenHere)),
  };
  if (hints.total === 0) return null;

  async function handleReveal() {
    const ack = await send('room:hint', {});
    if (ack) setSeen({ docIndex: question.docIndex, count: ack.index + 1 });
  }

  return (
    <section className="room-hints" aria-label="Hints">
      <h3>Hints</h3>
      <p className="muted" role="status">
        {hints.revealed} of {hints.total} hints revealed
      </p>
      <ol>
        {hints.known.map((hint, index) => (
          <li key={index} className="card">
            <h4>
              {hint.heading}{' '}
              <span className="badge">{index < hints.revealed ? 'revealed' : 'not revealed'}</span>
            </h4>
            <Markdown source={hint.markdown} />
          </li>
        ))}
      </ol>
      {hints.revealed < hints.total && (
        <button
          type="button"
          className="secondary"
          disabled={disabled || pending}
          onClick={() => void handleReveal()}
        >
          Reveal next hint
        </button>
      )}
      <RequestError error={error} />
    </section>
  );
}
