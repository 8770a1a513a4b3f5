import { useEffect, useState } from 'react';
import type { RoundDraft } from '@mockloop/shared';
import type { RoundViewProps } from './CodingRoundView';
import { useRoundDraft, type RoundDraftControl } from './useRoundDraft';

/**
 * A round's autosaved work, registered with the page so it is saved before the round ends.
 * `initial` is read once: the round's editors own their content after the first render.
 */
export function useRoundWork<D extends RoundDraft>(
  { sessionId, round, onRoundOver, registerSave }: RoundViewProps,
  initialWork: () => D,
): RoundDraftControl<D> & { initial: D } {
  const [initial] = useState(initialWork);
  const saved = useRoundDraft(sessionId, round.index, initial, round.revision, onRoundOver);
  useEffect(() => registerSave(saved.saveNow), [registerSave, saved.saveNow]);
  return { ...saved, initial };
}
