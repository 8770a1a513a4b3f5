import { useRef, useState } from 'react';
import { newClientOpId } from './roomView';

/**
 * A text box whose sends carry a `clientOpId`: the same one while the text is unchanged, so a
 * retry after a lost ack lands once, and a new one for new text.
 */
export function useOpText() {
  const [text, setTextState] = useState('');
  const opId = useRef<string | null>(null);

  function setText(next: string) {
    opId.current = null;
    setTextState(next);
  }

  function currentOpId(): string {
    opId.current ??= newClientOpId();
    return opId.current;
  }

  return { text, setText, currentOpId };
}
