import { useCallback, useState } from 'react';

const PREFIX = 'mockloop:draft:';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(PREFIX + key);
  } catch {
    return null;
  }
}

/**
 * Code that survives a reload: every change is written to localStorage under `key`, and the
 * saved text wins over `initial` when the page opens again.
 */
export function useDraft(
  key: string,
  initial: string,
): [string, (next: string) => void, () => void] {
  const [state, setState] = useState(() => ({ key, value: read(key) ?? initial }));
  // A new key (another question or language) starts from its own saved draft.
  const current = state.key === key ? state.value : (read(key) ?? initial);
  if (state.key !== key) setState({ key, value: current });

  const update = useCallback(
    (next: string) => {
      setState({ key, value: next });
      try {
        window.localStorage.setItem(PREFIX + key, next);
      } catch {
        // Storage full or disabled: the editor still holds the code for this visit.
      }
    },
    [key],
  );
  const reset = useCallback(() => {
    try {
      window.localStorage.removeItem(PREFIX + key);
    } catch {
      // ignore: nothing saved to remove
    }
    setState({ key, value: initial });
  }, [key, initial]);
  return [current, update, reset];
}
