import { act, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BehavioralAnswer } from './BehavioralAnswer';

// Rendering and role queries in jsdom take seconds on a busy machine; the default is 5 s.
const SLOW_JSDOM_MS = 20_000;

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('BehavioralAnswer', { timeout: SLOW_JSDOM_MS }, () => {
  it('has a labelled box per STAR part, counts words and estimates the spoken length', () => {
    render(<BehavioralAnswer onChange={() => {}} />);
    expect(screen.getByTestId('answer-length').textContent).toBe(
      '0 words, about 0 s spoken (at 150 words a minute)',
    );
    fireEvent.change(screen.getByLabelText('Situation'), {
      target: { value: 'Our queue fell over at peak.' },
    });
    fireEvent.change(screen.getByLabelText('Action'), {
      target: { value: 'I added backpressure.' },
    });
    expect(screen.getByTestId('answer-length').textContent).toBe(
      '9 words, about 4 s spoken (at 150 words a minute)',
    );
    expect(screen.getByLabelText('Result').getAttribute('aria-describedby')).toBeTruthy();
  });

  it('reports the whole answer once typing settles', () => {
    const onChange = vi.fn();
    render(<BehavioralAnswer onChange={onChange} debounceMs={500} />);
    fireEvent.change(screen.getByLabelText('Task'), { target: { value: 'Own' } });
    act(() => {
      vi.advanceTimersByTime(300);
    });
    fireEvent.change(screen.getByLabelText('Task'), { target: { value: 'Own the fix' } });
    act(() => {
      vi.advanceTimersByTime(499);
    });
    expect(onChange).not.toHaveBeenCalled();
    act(() => {
      vi.advanceTimersByTime(1);
    });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith({
      situation: '',
      task: 'Own the fix',
      action: '',
      result: '',
    });
  });
});
