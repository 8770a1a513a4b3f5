import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NotesPane } from './NotesPane';

// Rendering and role queries in jsdom take seconds on a busy machine; the default is 5 s.
const SLOW_JSDOM_MS = 20_000;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('NotesPane', { timeout: SLOW_JSDOM_MS }, () => {
  it('previews the Markdown safely and reports the notes once typing settles', () => {
    const onChange = vi.fn();
    const { unmount } = render(<NotesPane initialNotes="" onChange={onChange} debounceMs={400} />);
    fireEvent.change(screen.getByLabelText('Notes (Markdown)'), {
      target: { value: '## Cache\n- **Redis** <img src=x onerror=alert(1)>' },
    });
    const preview = screen.getByRole('region', { name: 'Notes preview' });
    expect(preview.querySelector('h2')?.textContent).toBe('Cache');
    expect(preview.querySelector('strong')?.textContent).toBe('Redis');
    expect(preview.querySelector('img')).toBeNull();
    expect(onChange).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(400);
    });
    expect(onChange).toHaveBeenCalledTimes(1);

    // A last edit still waiting is reported when the pane goes away (the round ends).
    fireEvent.change(screen.getByLabelText('Notes (Markdown)'), { target: { value: 'final' } });
    unmount();
    expect(onChange).toHaveBeenLastCalledWith('final');
  });
});
