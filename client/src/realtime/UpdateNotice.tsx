import './UpdateNotice.css';

interface UpdateNoticeProps {
  /** Defaults to reloading the page; tests pass their own. */
  onReload?: () => void;
}

/**
 * Shown instead of the connection badge when the server refused this page's protocol version:
 * the app was updated while the tab was open, and only a reload brings the matching code.
 */
export function UpdateNotice({ onReload = () => window.location.reload() }: UpdateNoticeProps) {
  return (
    <div className="update-notice" role="alert" data-testid="update-notice">
      <span>MockLoop was updated — reload to keep going.</span>
      <button type="button" onClick={onReload}>
        Reload
      </button>
    </div>
  );
}
