import type { KeyboardEvent } from 'react';

/** What a key does to the replay, or null when the key is not the replay's. */
export type ReplayKeyAction =
  { type: 'toggle' } | { type: 'step'; ms: number } | { type: 'start' } | { type: 'end' };

/** Step of ←/→, and with Shift. */
export const STEP_MS = 5_000;
export const LONG_STEP_MS = 30_000;

/**
 * The replay's keys: Space plays or pauses, ←/→ step 5 s (30 s with Shift), Home/End jump to
 * the ends. Keys meant for something else are left alone: typing in a field, Space on a
 * button (it presses it), and anything inside an editor.
 */
export function replayKeyAction(event: KeyboardEvent<HTMLElement>): ReplayKeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const target = event.target as HTMLElement;
  if (target.closest('.monaco-editor, textarea, select, .whiteboard')) return null;
  if (target instanceof HTMLInputElement && target.type !== 'range' && target.type !== 'checkbox')
    return null;
  switch (event.key) {
    case ' ':
      return target.closest('button, summary, a, input[type="checkbox"]')
        ? null
        : { type: 'toggle' };
    case 'ArrowLeft':
      return { type: 'step', ms: -(event.shiftKey ? LONG_STEP_MS : STEP_MS) };
    case 'ArrowRight':
      return { type: 'step', ms: event.shiftKey ? LONG_STEP_MS : STEP_MS };
    case 'Home':
      return { type: 'start' };
    case 'End':
      return { type: 'end' };
    default:
      return null;
  }
}
