import { useCallback, useEffect, useRef, useState } from 'react';
import { useOnline } from './useOnline';

/** `saving` also covers a change still waiting for its debounce. */
export type AutosaveStatus = 'saved' | 'saving' | 'offline' | 'error';

export interface AutosaveOptions {
  /** Quiet time after the last change before saving; default 1000 ms. */
  debounceMs?: number;
  /** First wait before retrying a failed save (online); doubles up to a minute. Default 5000 ms. */
  retryMs?: number;
}

export interface Autosave {
  status: AutosaveStatus;
  /** Saves the latest value now if it is not saved yet. */
  flush: () => void;
}

const MAX_RETRY_MS = 60_000;

/**
 * Saves `value` through `save` once changes settle, at once when the page is hidden or left
 * (pass a `save` that uses `fetch(..., { keepalive: true })` so that one survives), and when
 * the connection returns. Offline, the latest value stays pending; a failed save is retried.
 * Only one save runs at a time and the latest value always wins: nothing is dropped.
 * Values are compared with `Object.is`, so pass a new object for each change.
 */
export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<void>,
  { debounceMs = 1000, retryMs = 5000 }: AutosaveOptions = {},
): Autosave {
  const online = useOnline();
  const [savedValue, setSavedValue] = useState(value);
  const [sending, setSending] = useState(false);
  const [failed, setFailed] = useState(false);
  const latest = useRef(value);
  const saved = useRef(value);
  const saveRef = useRef(save);
  const inFlight = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const retryDelay = useRef(retryMs);

  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(
    function flushNow() {
      clearTimeout(timer.current);
      timer.current = undefined;
      const toSave = latest.current;
      // A save in flight flushes again when it ends; offline, the `online` event does.
      if (Object.is(toSave, saved.current) || inFlight.current || !navigator.onLine) return;
      inFlight.current = true;
      setSending(true);
      saveRef
        .current(toSave)
        .then(
          () => {
            saved.current = toSave;
            setSavedValue(toSave);
            setFailed(false);
            retryDelay.current = retryMs;
          },
          () => {
            setFailed(true);
            if (!navigator.onLine) return;
            timer.current = setTimeout(flushNow, retryDelay.current);
            retryDelay.current = Math.min(retryDelay.current * 2, MAX_RETRY_MS);
          },
        )
        .finally(() => {
          inFlight.current = false;
          setSending(false);
          if (!timer.current && !Object.is(latest.current, saved.current)) flushNow();
        });
    },
    [retryMs],
  );

  useEffect(() => {
    latest.current = value;
    if (Object.is(value, saved.current)) return;
    clearTimeout(timer.current);
    timer.current = setTimeout(flush, debounceMs);
  }, [value, debounceMs, flush]);

  useEffect(() => {
    function handleVisibility() {
      if (document.visibilityState === 'hidden') flush();
    }
    window.addEventListener('online', flush);
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', handleVisibility);
    return () => {
      window.removeEventListener('online', flush);
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', handleVisibility);
      // Leaving the round (or the page) saves what is pending.
      flush();
    };
  }, [flush]);

  let status: AutosaveStatus = 'saved';
  if (!online) status = 'offline';
  else if (failed && !sending) status = 'error';
  else if (sending || !Object.is(value, savedValue)) status = 'saving';
  return { status, flush };
}
