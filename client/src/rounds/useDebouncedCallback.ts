import { useCallback, useEffect, useRef } from 'react';

/**
 * Returns a function that calls `callback` once `delayMs` after the last call, with the last
 * arguments. A call still waiting when the component unmounts runs then, so the latest value
 * is never dropped.
 */
export function useDebouncedCallback<A extends unknown[]>(
  callback: (...args: A) => void,
  delayMs: number,
): (...args: A) => void {
  const latest = useRef(callback);
  const pending = useRef<{ timer: ReturnType<typeof setTimeout>; args: A } | null>(null);

  useEffect(() => {
    latest.current = callback;
  }, [callback]);

  useEffect(
    () => () => {
      const waiting = pending.current;
      if (!waiting) return;
      clearTimeout(waiting.timer);
      pending.current = null;
      latest.current(...waiting.args);
    },
    [],
  );

  return useCallback(
    (...args: A) => {
      if (pending.current) clearTimeout(pending.current.timer);
      const timer = setTimeout(() => {
        pending.current = null;
        latest.current(...args);
      }, delayMs);
      pending.current = { timer, args };
    },
    [delayMs],
  );
}
