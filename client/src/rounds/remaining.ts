/**
 * Milliseconds left until a server deadline. `serverTimeOffset` is how far the server's clock
 * is ahead of this browser's (`serverNow - Date.now()` when a server time arrived), so the
 * server's "now" is `now + serverTimeOffset`. Never negative.
 */
export function remaining(now: number, deadline: number, serverTimeOffset: number): number {
  return Math.max(0, deadline - (now + serverTimeOffset));
}

/** The timer's stage: warnings at 5 minutes and at 1 minute left, then over. */
export type TimerPhase = 'running' | 'five-minutes' | 'one-minute' | 'over';

export function timerPhase(msLeft: number): TimerPhase {
  if (msLeft <= 0) return 'over';
  if (msLeft <= 60_000) return 'one-minute';
  if (msLeft <= 5 * 60_000) return 'five-minutes';
  return 'running';
}

/** Whole seconds as `m:ss`, or `h:mm:ss` from an hour up. */
function secondsAsClock(total: number): string {
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${minutes}:${seconds}`;
}

/** `m:ss`, or `h:mm:ss` from an hour up; rounds up, so it reads 0:00 only at the deadline. */
export function formatClock(msLeft: number): string {
  return secondsAsClock(Math.ceil(msLeft / 1000));
}

/** Time elapsed as `m:ss` (or `h:mm:ss` past an hour), rounded down and never negative. */
export function clockText(ms: number): string {
  return secondsAsClock(Math.max(0, Math.floor(ms / 1000)));
}
