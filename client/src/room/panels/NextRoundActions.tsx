import { useId } from 'react';
import type { RoomController } from '../RoomController';
import { ConfirmButton } from './ConfirmButton';
import { RequestError } from './RequestError';
import { currentRound } from './roomView';
import { useRoomRequest } from './useRoomRequest';

/** After a round: swap roles and start the next, or finish the interview for both. */
export function NextRoundActions({ room }: { room: RoomController }) {
  const swap = useRoomRequest(room);
  const finish = useRoomRequest(room);
  const round = currentRound(room.snapshot);
  const hasCandidate = Boolean(round?.candidateId);
  const busy = swap.pending || finish.pending;
  const noteId = useId();

  return (
    <div className="room-next">
      <button
        type="button"
        aria-describedby={noteId}
        disabled={busy || !hasCandidate}
        onClick={() => void swap.send('room:swap', {})}
      >
        Swap roles
      </button>
      <span id={noteId} className="muted">
        {hasCandidate
          ? 'and start a new round: the candidate asks the questions next.'
          : 'once a candidate has joined.'}
      </span>
      <RequestError error={swap.error} />
      <ConfirmButton
        label="Finish interview"
        question="Finish the interview for both of you? Feedback not yet submitted can no longer be added."
        confirmLabel="Yes, finish the interview"
        className="secondary"
        disabled={busy}
        onConfirm={() => void finish.send('room:finish', {})}
      />
      <RequestError error={finish.error} />
    </div>
  );
}
