import { useId, useRef, useState, type KeyboardEvent } from 'react';
import './ShortcutHelp.css';

const SHORTCUTS = [
  { keys: ['Enter'], action: 'Run the examples' },
  { keys: ['Shift', 'Enter'], action: 'Submit' },
] as const;

/** A "Keyboard shortcuts" button that shows and hides the round's shortcuts; Escape closes it. */
export function ShortcutHelp() {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);

  function handleKeyDown(event: KeyboardEvent) {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    button.current?.focus();
  }

  return (
    <div className="shortcut-help" onKeyDown={handleKeyDown}>
      <button
        ref={button}
        type="button"
        className="secondary"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        Keyboard shortcuts
      </button>
      <div id={panelId} className="shortcut-panel" hidden={!open}>
        <dl>
          {SHORTCUTS.map(({ keys, action }) => (
            <div key={action}>
              <dt>
                <kbd>Ctrl</kbd> or <kbd>Cmd</kbd>
                {keys.map((key) => (
                  <span key={key}>
                    {' + '}
                    <kbd>{key}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{action}</dd>
            </div>
          ))}
        </dl>
      </div>
    </div>
  );
}
