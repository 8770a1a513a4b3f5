import { useEffect, useRef } from 'react';

export interface RoundShortcuts {
  /** Ctrl/Cmd+Enter: run the examples. */
  onRun: () => void;
  /** Ctrl/Cmd+Shift+Enter: submit. */
  onSubmit: () => void;
  /** Off after the round; default true. */
  enabled?: boolean;
}

/** Which shortcut a key press is, if any. Ctrl and Cmd both count, on every platform. */
export function shortcutOf(event: KeyboardEvent): 'run' | 'submit' | null {
  if (event.key !== 'Enter' || event.altKey || event.repeat) return null;
  if (!event.ctrlKey && !event.metaKey) return null;
  return event.shiftKey ? 'submit' : 'run';
}

/**
 * Round-wide shortcuts. Listens in the capture phase so they work inside Monaco, which
 * otherwise takes Ctrl+Enter (insert line below) for itself. A held key does not repeat.
 */
export function useRoundShortcuts({ onRun, onSubmit, enabled = true }: RoundShortcuts): void {
  const handlers = useRef({ onRun, onSubmit });
  useEffect(() => {
    handlers.current = { onRun, onSubmit };
  }, [onRun, onSubmit]);

  useEffect(() => {
    if (!enabled) return;
    function handleKeyDown(event: KeyboardEvent) {
      const shortcut = shortcutOf(event);
      if (!shortcut) return;
      event.preventDefault();
      event.stopPropagation();
      if (shortcut === 'run') handlers.current.onRun();
      else handlers.current.onSubmit();
    }
    window.addEventListener('keydown', handleKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', handleKeyDown, { capture: true });
  }, [enabled]);
}
