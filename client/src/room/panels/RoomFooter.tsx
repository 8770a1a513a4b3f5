import type { RoomController } from '../RoomController';
import { ConfirmButton } from './ConfirmButton';
import { NextRoundActions } from './NextRoundActions';
import { RequestError } from './RequestError';
import { RoundFeedback } from './RoundFeedback';
import { currentRound } from './roomView';
import { RunControls } from './RunControls';
import { useRoomRequest } from './useRoomRequest';
import './RoomPanels.css';

/**
 * Under the shared editor: Run and Submit with their results (by role), End round, and once the
 * round ended the scorecard or rating form, role swap and finishing the interview.
 */
export function RoomFooter({ room }: { room: RoomController }) {
  const { snapshot } = room;
  const endRound = useRoomRequest(room);
  const round = currentRound(snapshot);
  const finished = snapshot.status === 'completed';
  const running = !finished && round !== undefined && round.endedAt === null;
  const past = snapshot.rounds.filter((r) => r !== round && r.endedAt !== null);
  const coding = snapshot.question?.view.kind === 'coding';

  return (
    <section aria-label="Round actions" className="room-footer">
      {coding && <RunControls room={room} disabled={!running} readOnly={finished} />}
      {running && room.isInterviewer && (
        <div className="room-end-round">
          <ConfirmButton
            label="End round"
            question="End this round for both of you? The code stays; feedback comes next."
            confirmLabel="Yes, end the round"
            disabled={endRound.pending}
            onConfirm={() => void endRound.send('room:end-round', {})}
          />
          <RequestError error={endRound.error} />
        </div>
      )}
      {finished && <p role="status">This interview is finished.</p>}
      {round && round.endedAt !== null && (
        <section className="room-section" aria-label={`Round ${round.index + 1} feedback`}>
          <h2>Round {round.index + 1} has ended</h2>
          <RoundFeedback room={room} round={round} />
          {!finished && <NextRoundActions room={room} />}
        </section>
      )}
      {past.length > 0 && (
        <section className="room-section" aria-label="Earlier rounds">
          <h2>Earlier rounds</h2>
          {past.map((r) => (
            <details key={r.index}>
              <summary>Round {r.index + 1} feedback</summary>
              <RoundFeedback room={room} round={r} />
            </details>
          ))}
        </section>
      )}
    </section>
  );
}
