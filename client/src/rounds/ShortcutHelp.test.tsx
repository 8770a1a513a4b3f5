import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ShortcutHelp } from './ShortcutHelp';

// Rendering and role queries in jsdom take seconds on a busy machine; the default is 5 s.
const SLOW_JSDOM_MS = 20_000;

describe('ShortcutHelp', { timeout: SLOW_JSDOM_MS }, () => {
  it('lists run and submit when opened, and Escape closes it back to the button', () => {
    render(<ShortcutHelp />);
    const button = screen.getByRole('button', { name: 'Keyboard shortcuts' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Submit').closest('[hidden]')).not.toBeNull();

    fireEvent.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Submit').closest('[hidden]')).toBeNull();
    const run = screen.getByText('Run the examples').previousElementSibling;
    expect(run?.textContent).toBe('Ctrl or Cmd + Enter');
    const submit = screen.getByText('Submit').previousElementSibling;
    expect(submit?.textContent).toBe('Ctrl or Cmd + Shift + Enter');

    fireEvent.keyDown(button, { key: 'Escape' });
    expect(button.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(button);
  });
});
