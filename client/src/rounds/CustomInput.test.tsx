import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CustomInput } from './CustomInput';

// Rendering and role queries in jsdom take seconds on a busy machine; the default is 5 s.
const SLOW_JSDOM_MS = 20_000;

describe('CustomInput', { timeout: SLOW_JSDOM_MS }, () => {
  it('emits the parsed input, or null with a message while it is not valid', () => {
    const onChange = vi.fn();
    render(<CustomInput style="class" entry="LRUCache" onChange={onChange} />);
    const box = screen.getByLabelText('Your calls (JSON array)');
    expect(screen.getByRole('status').textContent).toBe('');

    fireEvent.change(box, { target: { value: '[["LRUCache", 1], ["get"' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
    expect(box.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('status').textContent).toMatch(/not valid JSON/);

    fireEvent.change(box, { target: { value: '[["LRUCache", 1], ["get", 3]]' } });
    expect(onChange).toHaveBeenLastCalledWith({
      style: 'class',
      calls: [
        ['LRUCache', 1],
        ['get', 3],
      ],
    });
    expect(box.getAttribute('aria-invalid')).toBe('false');
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
