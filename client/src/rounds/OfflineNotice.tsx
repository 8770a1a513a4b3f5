import type { AutosaveStatus } from './useAutosave';
import './OfflineNotice.css';

const PROBLEMS: Partial<Record<AutosaveStatus, string>> = {
  offline:
    'You are offline. Keep working: your changes stay here and are saved when you reconnect.',
  error: 'Your latest changes could not be saved yet. Retrying…',
};

const QUIET: Partial<Record<AutosaveStatus, string>> = {
  saving: 'Saving…',
  saved: 'All changes saved',
};

export interface OfflineNoticeProps {
  status: AutosaveStatus;
}

/**
 * The save state of a round. Being offline or failing to save is announced politely; the
 * routine "Saving…" / "saved" flicker is shown but not announced.
 */
export function OfflineNotice({ status }: OfflineNoticeProps) {
  const problem = PROBLEMS[status];
  return (
    <div className="save-state" data-testid="save-state">
      <p role="status" aria-live="polite" className={problem ? `save-problem save-${status}` : ''}>
        {problem ?? ''}
      </p>
      {!problem && <p className="save-quiet">{QUIET[status]}</p>}
    </div>
  );
}
