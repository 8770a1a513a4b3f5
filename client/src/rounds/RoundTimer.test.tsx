import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { RoundTimer } from './RoundTimer';

// Rendering and role queries in jsdom take seconds on a busy machine; the default is 5 s.
const SLOW_JSDOM_MS = 20_000;

const START = Date.UTC(2026, 0, 1, 12, 0, 0);

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(START);
});
afterEach(() => vi.useRealTimers());

function advance(ms: number) {
  act(() => {
    vi.advanceTimersByTime(ms);
  });
}

describe('RoundTimer', { timeout: SLOW_JSDOM_MS }, () => {
  it('counts down, warns at 5 minutes and 1 minute, then says time is up once', () => {
    const onExpire = vi.fn();
    render(
      <RoundTimer deadline={START + 5 * 60_000 + 2_000} serverTimeOffset={0} onExpire={onExpire} />,
    );
    const clock = screen.getByRole('timer', { name: 'Time left' });
    const status = screen.getByRole('status');
    expect(clock.textContent).toBe('5:02');
    expect(status.textContent).toBe('');

    advance(2_000);
    expect(clock.textContent).toBe('5:00');
    expect(status.textContent).toBe('5 minutes left');

    advance(4 * 60_000);
    expect(status.textContent).toBe('1 minute left');

    advance(60_000);
    expect(clock.textContent).toBe('0:00');
    expect(status.textContent).toBe("Time's up");
    advance(10_000);
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it('corrects for a server clock running ahead of the browser', () => {
    render(<RoundTimer deadline={START + 10 * 60_000} serverTimeOffset={90_000} />);
    expect(screen.getByRole('timer').textContent).toBe('8:30');
  });

  it('is over at once when the deadline has passed (a reload after the round)', () => {
    const onExpire = vi.fn();
    render(<RoundTimer deadline={START - 1} serverTimeOffset={0} onExpire={onExpire} />);
    expect(screen.getByRole('status').textContent).toBe("Time's up");
    expect(onExpire).toHaveBeenCalledTimes(1);
  });
});
