import { UpdateNotice } from '../realtime/UpdateNotice';
import { useConnectionState } from '../realtime/useConnectionState';
import './ConnectionBadge.css';

const LABELS = {
  connecting: 'connecting…',
  connected: 'connected',
  disconnected: 'offline, retrying',
} as const;

/** Shows the live connection's state; announced politely to screen readers when it changes. */
export function ConnectionBadge() {
  const state = useConnectionState();
  if (state === 'signed-out') return null;
  if (state === 'outdated') return <UpdateNotice />;
  return (
    <span
      className={`connection connection-${state}`}
      role="status"
      aria-live="polite"
      data-testid="connection-state"
    >
      <span className="connection-dot" aria-hidden="true" />
      {LABELS[state]}
    </span>
  );
}
