import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type Dispatch,
  type SetStateAction,
} from 'react';
import type { RoundDraft } from '@mockloop/shared';
import { ApiError } from '../../api/http';
import { useAutosave, type Autosave } from '../../rounds/useAutosave';
import { saveDraft } from '../../api/practice';

export interface RoundDraftControl<D extends RoundDraft> extends Autosave {
  draft: D;
  setDraft: Dispatch<SetStateAction<D>>;
  /** Saves the current draft now and waits for the answer (before ending the round). */
  saveNow: () => Promise<void>;
}

/**
 * A round's draft, autosaved to the server (debounced, on page hide, again when back online).
 * Revisions follow the clock, so a later save from another tab or device also wins there.
 * A save refused because the round is over calls `onRoundOver` instead of retrying.
 */
export function useRoundDraft<D extends RoundDraft>(
  sessionId: string,
  index: number,
  initial: D,
  initialRevision: number,
  onRoundOver: () => void,
): RoundDraftControl<D> {
  const [draft, setDraft] = useState(initial);
  const revision = useRef(initialRevision);
  const latest = useRef(draft);
  useEffect(() => {
    latest.current = draft;
  }, [draft]);

  const send = useCallback(
    async (value: D) => {
      revision.current = Math.max(Date.now(), revision.current + 1);
      try {
        await saveDraft(sessionId, index, revision.current, value);
      } catch (error) {
        if (error instanceof ApiError && error.status === 409) {
          onRoundOver();
          return;
        }
        throw error;
      }
    },
    [sessionId, index, onRoundOver],
  );
  const autosave = useAutosave(draft, send);
  const saveNow = useCallback(() => send(latest.current).catch(() => undefined), [send]);
  return { ...autosave, draft, setDraft, saveNow };
}
