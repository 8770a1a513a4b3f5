import { useEffect, useState } from 'react';
import type { TimerState } from '@mockloop/shared';
import { formatClock } from '../../rounds/remaining';

/** Where the countdown stands, for its words. */
export type TimerStage = 'not-started' | 'running' | 'paused' | 'over';

export function timerStage(timer: TimerState): TimerStage {
  if (timer.running) return 'running';
  if (timer.durationMs === 0) return 'not-started';
  return timer.remainingMs > 0 ? 'paused' : 'over';
}

const STAGE_WORDS: Record<TimerStage, string> = {
  'not-started': 'Not started',
  running: '',
  paused: 'Paused',
  over: "Time's up",
};

/**
 * The round's countdown as both people see it. The controller has already put `endsAt` in this
 * browser's clock, so it only ticks; the server owns start, pause and extension.
 */
export function TimerClock({ timer }: { timer: TimerState }) {
  const [now, setNow] = useState(() => Date.now());
  const ticking = timer.running && timer.endsAt !== null;

  useEffect(() => {
    if (!ticking) return;
    const tick = () => setNow(Date.now());
    const first = setTimeout(tick, 0);
    const every = setInterval(tick, 250);
    return () => {
      clearTimeout(first);
      clearInterval(every);
    };
  }, [ticking, timer.endsAt]);

  const msLeft =
    ticking && timer.endsAt !== null ? Math.max(0, timer.endsAt - now) : timer.remainingMs;
  const stage = timerStage(timer);
  return (
    <div className={`room-timer room-timer-${stage}`}>
      <span className="room-timer-label">Time left</span>{' '}
      <span role="timer" aria-label="Time left" className="room-timer-clock">
        {formatClock(msLeft)}
      </span>{' '}
      <span className="muted">{STAGE_WORDS[stage]}</span>
    </div>
  );
}
