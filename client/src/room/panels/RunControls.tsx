import type { RunMode } from '@mockloop/shared';
import type { RoomController } from '../RoomController';
import { RequestError } from './RequestError';
import { nameOf } from './roomView';
import { RunResults } from './RunResults';
import { useRoomRequest } from './useRoomRequest';

/**
 * Run (examples) and Submit (every case) on the shared code, from either side, one at a time per
 * room; then the latest result of this question as the reader may see it.
 */
export function RunControls({
  room,
  disabled,
  readOnly,
}: {
  room: RoomController;
  /** The round has ended: the buttons stay, greyed. */
  disabled: boolean;
  /** The interview is over: only the last result is left to read. */
  readOnly: boolean;
}) {
  const { snapshot, running, lastRun } = room;
  const { send, pending, error } = useRoomRequest(room);
  const docIndex = snapshot.question?.docIndex;
  const shownRun = lastRun && lastRun.docIndex === docIndex ? lastRun : null;
  const off = disabled || pending || running !== null;

  function handleRun(mode: RunMode) {
    void send('room:run', { mode });
  }

  return (
    <div className="room-run">
      {!readOnly && (
        <div className="room-run-buttons">
          <button
            type="button"
            className="secondary"
            disabled={off}
            onClick={() => handleRun('run')}
          >
            Run
          </button>
          <button type="button" disabled={off} onClick={() => handleRun('submit')}>
            Submit
          </button>
          <span role="status" className="muted">
            {running &&
              `${running.mode === 'submit' ? 'Judging' : 'Running'}… (${nameOf(snapshot, running.by)} pressed ${running.mode === 'submit' ? 'Submit' : 'Run'})`}
          </span>
        </div>
      )}
      <RequestError error={error} />
      {shownRun && (
        <RunResults
          run={shownRun}
          byName={nameOf(snapshot, shownRun.by)}
          full={room.isInterviewer}
        />
      )}
    </div>
  );
}
