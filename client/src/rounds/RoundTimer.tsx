import { useEffect, useRef, useState } from 'react';
import { formatClock, remaining, timerPhase, type TimerPhase } from './remaining';
import './RoundTimer.css';

export interface RoundTimerProps {
  /** When the round ends, in the server's epoch ms. The server owns it. */
  deadline: number;
  /** `serverNow - Date.now()`, measured when server time last arrived. */
  serverTimeOffset: number;
  /** Called once when the time is up. */
  onExpire?: () => void;
}

const ANNOUNCEMENTS: Record<TimerPhase, string> = {
  running: '',
  'five-minutes': '5 minutes left',
  'one-minute': '1 minute left',
  over: "Time's up",
};

/**
 * The round's countdown from the server's deadline, corrected for clock skew. There is no
 * pause. Warnings at 5 minutes and 1 minute are shown and announced politely, once each: the
 * live region changes only when the phase does, never with each second.
 */
export function RoundTimer({ deadline, serverTimeOffset, onExpire }: RoundTimerProps) {
  const [now, setNow] = useState(() => Date.now());
  const msLeft = remaining(now, deadline, serverTimeOffset);
  const phase = timerPhase(msLeft);
  const expired = useRef(false);
  const latestOnExpire = useRef(onExpire);

  useEffect(() => {
    latestOnExpire.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    if (phase === 'over') return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [phase]);

  useEffect(() => {
    if (phase !== 'over' || expired.current) return;
    expired.current = true;
    latestOnExpire.current?.();
  }, [phase]);

  return (
    <div className={`round-timer round-timer-${phase}`} data-testid="round-timer">
      <span className="round-timer-label">Time left</span>
      <span role="timer" aria-label="Time left" className="round-timer-clock">
        {formatClock(msLeft)}
      </span>
      <span role="status" aria-live="polite" className="round-timer-warning">
        {ANNOUNCEMENTS[phase]}
      </span>
    </div>
  );
}
