import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAutosave } from './useAutosave';

// Rendering and role queries in jsdom take seconds on a busy machine; the default is 5 s.
const SLOW_JSDOM_MS = 20_000;

/** A fake server: records each save and lets the test settle it. */
function fakeSave() {
  const calls: { value: string; resolve: () => void; reject: (error: Error) => void }[] = [];
  const save = vi.fn(
    (value: string) =>
      new Promise<void>((resolve, reject) => calls.push({ value, resolve, reject })),
  );
  return { save, calls };
}

let online = true;
beforeEach(() => {
  vi.useFakeTimers();
  online = true;
  vi.spyOn(navigator, 'onLine', 'get').mockImplementation(() => online);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

async function advance(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

async function settle(action: () => void) {
  await act(async () => {
    action();
    await Promise.resolve();
  });
}

function setOnline(value: boolean) {
  online = value;
  act(() => {
    window.dispatchEvent(new Event(value ? 'online' : 'offline'));
  });
}

function renderAutosave(save: (value: string) => Promise<void>) {
  return renderHook(({ value }) => useAutosave(value, save, { debounceMs: 500, retryMs: 1000 }), {
    initialProps: { value: 'start' },
  });
}

describe('useAutosave', { timeout: SLOW_JSDOM_MS }, () => {
  it('saves once, with the latest value, after changes settle', async () => {
    const { save, calls } = fakeSave();
    const { result, rerender } = renderAutosave(save);
    expect(result.current.status).toBe('saved');
    rerender({ value: 'a' });
    await advance(300);
    rerender({ value: 'ab' });
    await advance(300);
    expect(save).not.toHaveBeenCalled();
    expect(result.current.status).toBe('saving');
    await advance(200);
    expect(save).toHaveBeenCalledTimes(1);
    expect(calls[0]?.value).toBe('ab');
    await settle(() => calls[0]?.resolve());
    expect(result.current.status).toBe('saved');
  });

  it('saves at once when the page is hidden or left', async () => {
    const { save, calls } = fakeSave();
    const { rerender } = renderAutosave(save);
    rerender({ value: 'typed' });
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    act(() => {
      document.dispatchEvent(new Event('visibilitychange'));
    });
    expect(calls.map((call) => call.value)).toEqual(['typed']);
    await settle(() => calls[0]?.resolve());

    rerender({ value: 'more' });
    act(() => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(calls.map((call) => call.value)).toEqual(['typed', 'more']);
  });

  it('keeps the latest value pending while offline, says so, and saves it when back online', async () => {
    const { save, calls } = fakeSave();
    const { result, rerender } = renderAutosave(save);
    setOnline(false);
    expect(result.current.status).toBe('offline');
    rerender({ value: 'offline 1' });
    rerender({ value: 'offline 2' });
    await advance(5_000);
    expect(save).not.toHaveBeenCalled();
    expect(result.current.status).toBe('offline');

    setOnline(true);
    expect(calls.map((call) => call.value)).toEqual(['offline 2']);
    await settle(() => calls[0]?.resolve());
    expect(result.current.status).toBe('saved');
  });

  it('says a save failed and retries it until it succeeds', async () => {
    const { save, calls } = fakeSave();
    const { result, rerender } = renderAutosave(save);
    rerender({ value: 'draft' });
    await advance(500);
    await settle(() => calls[0]?.reject(new Error('503')));
    expect(result.current.status).toBe('error');
    await advance(1_000);
    expect(calls.map((call) => call.value)).toEqual(['draft', 'draft']);
    await settle(() => calls[1]?.resolve());
    expect(result.current.status).toBe('saved');
  });

  it('never drops a change made while a save is in flight', async () => {
    const { save, calls } = fakeSave();
    const { result, rerender } = renderAutosave(save);
    rerender({ value: 'first' });
    await advance(500);
    rerender({ value: 'second' });
    await advance(500);
    // One save at a time: the second waits for the first.
    expect(calls).toHaveLength(1);
    await settle(() => calls[0]?.resolve());
    expect(calls.map((call) => call.value)).toEqual(['first', 'second']);
    expect(result.current.status).toBe('saving');
    await settle(() => calls[1]?.resolve());
    expect(result.current.status).toBe('saved');
  });

  it('saves what is pending when the round unmounts', () => {
    const { save, calls } = fakeSave();
    const { rerender, unmount } = renderAutosave(save);
    rerender({ value: 'last words' });
    unmount();
    expect(calls.map((call) => call.value)).toEqual(['last words']);
  });
});
