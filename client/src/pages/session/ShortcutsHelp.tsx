import { useId, useState } from 'react';
import { RUN_SHORTCUTS } from './useRunShortcuts';

/** A "Keyboard shortcuts" button that opens a small list of them. */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <div className="shortcuts-help">
      <button
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
      >
        Keyboard shortcuts
      </button>
      {open && (
        <div
          id={id}
          className="shortcuts-popover card"
          role="dialog"
          aria-label="Keyboard shortcuts"
        >
          <dl>
            {RUN_SHORTCUTS.map((shortcut) => (
              <div key={shortcut.keys}>
                <dt>
                  <kbd>{shortcut.keys}</kbd>
                </dt>
                <dd>{shortcut.action}</dd>
              </div>
            ))}
            <div>
              <dt>
                <kbd>Ctrl/Cmd + M</kbd>
              </dt>
              <dd>Let Tab leave the editor</dd>
            </div>
          </dl>
        </div>
      )}
    </div>
  );
}
