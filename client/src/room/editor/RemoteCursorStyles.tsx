import { useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import { cursorOwners, remoteCursorCss } from './remoteCursorCss';

/** The colour and name label of every other person's cursor, from the document's awareness. */
export function RemoteCursorStyles({ awareness }: { awareness: Awareness }) {
  const css = useSyncExternalStore(
    (listener) => {
      awareness.on('change', listener);
      return () => awareness.off('change', listener);
    },
    () => remoteCursorCss(cursorOwners(awareness.getStates(), awareness.clientID)),
  );
  return <style>{css}</style>;
}
