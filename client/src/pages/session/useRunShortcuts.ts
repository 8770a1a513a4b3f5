import { useEffect, useRef } from 'react';
import type { RunMode } from '@mockloop/shared';

/** The round's keyboard shortcuts, as the help popover lists them. */
export const RUN_SHORTCUTS = [
  { keys: 'Ctrl/Cmd + Enter', action: 'Run the examples' },
  { keys: 'Ctrl/Cmd + Shift + Enter', action: 'Submit against every test' },
] as const;

/**
 * Ctrl/Cmd+Enter runs, Ctrl/Cmd+Shift+Enter submits, anywhere on the page. Listened to in the
 * capture phase so Monaco (which binds both to "insert line") never sees them.
 */
export function useRunShortcuts(onRun: (mode: RunMode) => void, enabled: boolean): void {
  const latest = useRef(onRun);
  useEffect(() => {
    latest.current = onRun;
  }, [onRun]);
  useEffect(() => {
    if (!enabled) return;
    function handleKey(event: KeyboardEvent) {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.altKey) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current(event.shiftKey ? 'submit' : 'run');
    }
    window.addEventListener('keydown', handleKey, true);
    return () => window.removeEventListener('keydown', handleKey, true);
  }, [enabled]);
}
