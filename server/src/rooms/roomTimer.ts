import type { TimerEvent, TimerState } from '@mockloop/shared';

/** A round's countdown as the log left it: what remained at `since`, and whether it runs. */
export interface TimerLog {
  durationMs: number;
  running: boolean;
  remainingAtSinceMs: number;
  /** When `remainingAtSinceMs` was measured (the last action's time). */
  since: number;
}

export const STOPPED_TIMER: TimerLog = {
  durationMs: 0,
  running: false,
  remainingAtSinceMs: 0,
  since: 0,
};

const MINUTE = 60_000;

function remainingAt(timer: TimerLog, now: number): number {
  const elapsed = timer.running ? Math.max(0, now - timer.since) : 0;
  return Math.max(0, timer.remainingAtSinceMs - elapsed);
}

/** The timer after one action taken at `at`. Pausing a paused timer or resuming at zero is a no-op. */
export function applyTimerAction(timer: TimerLog, action: TimerEvent, at: number): TimerLog {
  const left = remainingAt(timer, at);
  switch (action.action) {
    case 'start':
      return {
        durationMs: action.minutes * MINUTE,
        running: true,
        remainingAtSinceMs: action.minutes * MINUTE,
        since: at,
      };
    case 'pause':
      return { ...timer, running: false, remainingAtSinceMs: left, since: at };
    case 'resume':
      return { ...timer, running: left > 0, remainingAtSinceMs: left, since: at };
    case 'extend':
      return {
        durationMs: timer.durationMs + action.minutes * MINUTE,
        running: timer.running,
        remainingAtSinceMs: left + action.minutes * MINUTE,
        since: at,
      };
  }
}

/** What clients are told at `now`. */
export function timerStateAt(timer: TimerLog, now: number): TimerState {
  const remainingMs = remainingAt(timer, now);
  const running = timer.running && remainingMs > 0;
  return {
    durationMs: timer.durationMs,
    running,
    remainingMs,
    endsAt: running ? now + remainingMs : null,
  };
}
