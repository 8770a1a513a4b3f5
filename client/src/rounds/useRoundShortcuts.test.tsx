import { fireEvent, render, renderHook, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useRoundShortcuts } from './useRoundShortcuts';

// Rendering and role queries in jsdom take seconds on a busy machine; the default is 5 s.
const SLOW_JSDOM_MS = 20_000;

function press(target: EventTarget, init: KeyboardEventInit) {
  const event = new KeyboardEvent('keydown', {
    key: 'Enter',
    bubbles: true,
    cancelable: true,
    ...init,
  });
  target.dispatchEvent(event);
  return event;
}

describe('useRoundShortcuts', { timeout: SLOW_JSDOM_MS }, () => {
  it('runs on Ctrl+Enter or Cmd+Enter and submits with Shift too', () => {
    const onRun = vi.fn();
    const onSubmit = vi.fn();
    renderHook(() => useRoundShortcuts({ onRun, onSubmit }));
    expect(press(document.body, { ctrlKey: true }).defaultPrevented).toBe(true);
    press(document.body, { metaKey: true });
    expect(onRun).toHaveBeenCalledTimes(2);
    press(document.body, { ctrlKey: true, shiftKey: true });
    press(document.body, { metaKey: true, shiftKey: true });
    expect(onSubmit).toHaveBeenCalledTimes(2);
    expect(onRun).toHaveBeenCalledTimes(2);
  });

  it('ignores plain Enter, other keys, Alt and held-down repeats', () => {
    const onRun = vi.fn();
    const onSubmit = vi.fn();
    renderHook(() => useRoundShortcuts({ onRun, onSubmit }));
    expect(press(document.body, {}).defaultPrevented).toBe(false);
    press(document.body, { key: 'a', ctrlKey: true });
    press(document.body, { ctrlKey: true, altKey: true });
    press(document.body, { ctrlKey: true, repeat: true });
    expect(onRun).not.toHaveBeenCalled();
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('works from inside an editor that stops the key press, and not once disabled', () => {
    const onRun = vi.fn();
    function Round({ enabled }: { enabled: boolean }) {
      useRoundShortcuts({ onRun, onSubmit: () => {}, enabled });
      // Like Monaco: the editor handles Ctrl+Enter itself and stops it.
      return <textarea aria-label="Code" onKeyDown={(event) => event.stopPropagation()} />;
    }
    const { rerender } = render(<Round enabled />);
    fireEvent.keyDown(screen.getByLabelText('Code'), { key: 'Enter', ctrlKey: true });
    expect(onRun).toHaveBeenCalledTimes(1);
    rerender(<Round enabled={false} />);
    fireEvent.keyDown(screen.getByLabelText('Code'), { key: 'Enter', ctrlKey: true });
    expect(onRun).toHaveBeenCalledTimes(1);
  });
});
