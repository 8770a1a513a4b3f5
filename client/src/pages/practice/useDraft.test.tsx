import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useDraft } from './useDraft';

beforeEach(() => window.localStorage.clear());

describe('useDraft', () => {
  it('starts from the initial text and keeps every edit across a remount (a reload)', () => {
    const first = renderHook(() => useDraft('q1:typescript', 'starter'));
    expect(first.result.current[0]).toBe('starter');
    act(() => first.result.current[1]('my solution'));
    expect(first.result.current[0]).toBe('my solution');
    first.unmount();

    const again = renderHook(() => useDraft('q1:typescript', 'starter'));
    expect(again.result.current[0]).toBe('my solution');
  });

  it('keeps drafts per key and resets to the initial text', () => {
    const { result, rerender } = renderHook(({ key }) => useDraft(key, `start ${key}`), {
      initialProps: { key: 'q1:javascript' },
    });
    act(() => result.current[1]('js edit'));
    rerender({ key: 'q1:typescript' });
    expect(result.current[0]).toBe('start q1:typescript');
    rerender({ key: 'q1:javascript' });
    expect(result.current[0]).toBe('js edit');
    act(() => result.current[2]());
    expect(result.current[0]).toBe('start q1:javascript');
    expect(window.localStorage.getItem('mockloop:draft:q1:javascript')).toBeNull();
  });
});
