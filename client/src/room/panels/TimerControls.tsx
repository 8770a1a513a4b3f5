import { useId, useState } from 'react';
import { MAX_TIMER_MINUTES, type TimerPayload } from '@mockloop/shared';
import type { RoomController } from '../RoomController';
import { RequestError } from './RequestError';
import { timerStage } from './TimerClock';
import { useRoomRequest } from './useRoomRequest';

const EXTEND_MINUTES = 5;

/** One timer action without the room id, each with its own fields (`Omit` spread over the union). */
type TimerAction = TimerPayload extends infer P
  ? P extends unknown
    ? Omit<P, 'sessionId'>
    : never
  : never;

/** A start length the server accepts, or null. */
export function parseMinutes(text: string): number | null {
  const minutes = Number(text);
  return Number.isInteger(minutes) && minutes >= 1 && minutes <= MAX_TIMER_MINUTES ? minutes : null;
}

/**
 * The interviewer's timer buttons: start (for the question's suggested minutes unless changed),
 * pause, resume and five more minutes. `defaultMinutes` is read once; the sidebar remounts this
 * when another question is presented.
 */
export function TimerControls({
  room,
  defaultMinutes,
  disabled,
}: {
  room: RoomController;
  defaultMinutes: number;
  disabled: boolean;
}) {
  const { send, pending, error, setError } = useRoomRequest(room);
  const [minutesText, setMinutesText] = useState(String(defaultMinutes));
  const id = useId();
  const stage = timerStage(room.timer);
  const off = disabled || pending;

  function handleTimer(action: TimerAction) {
    void send('room:timer', action);
  }

  function handleStart() {
    const minutes = parseMinutes(minutesText);
    if (minutes === null) {
      setError(`Minutes must be a whole number from 1 to ${MAX_TIMER_MINUTES}.`);
      return;
    }
    handleTimer({ action: 'start', minutes });
  }

  return (
    <div className="room-timer-controls">
      {(stage === 'not-started' || stage === 'over') && (
        <>
          <label htmlFor={id}>Minutes</label>
          <input
            id={id}
            type="number"
            min={1}
            max={MAX_TIMER_MINUTES}
            value={minutesText}
            onChange={(event) => setMinutesText(event.target.value)}
          />
          <button type="button" disabled={off} onClick={handleStart}>
            Start timer
          </button>
        </>
      )}
      {stage === 'running' && (
        <button
          type="button"
          className="secondary"
          disabled={off}
          onClick={() => handleTimer({ action: 'pause' })}
        >
          Pause timer
        </button>
      )}
      {stage === 'paused' && (
        <button type="button" disabled={off} onClick={() => handleTimer({ action: 'resume' })}>
          Resume timer
        </button>
      )}
      {(stage === 'running' || stage === 'paused') && (
        <button
          type="button"
          className="secondary"
          disabled={off}
          onClick={() => handleTimer({ action: 'extend', minutes: EXTEND_MINUTES })}
        >
          Add {EXTEND_MINUTES} minutes
        </button>
      )}
      <RequestError error={error} />
    </div>
  );
}
