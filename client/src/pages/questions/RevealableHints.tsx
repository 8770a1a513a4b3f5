import { useEffect, useRef, useState } from 'react';
import type { QuestionSection } from '@mockloop/shared';
import { Markdown } from '../../markdown/Markdown';

/** Hints, hidden until asked for and revealed one at a time in file order. */
export function RevealableHints({ hints }: { hints: QuestionSection[] }) {
  const [shown, setShown] = useState(0);
  const lastShown = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Move focus to the hint just revealed so keyboard and screen-reader users land on it.
    if (shown > 0) lastShown.current?.focus();
  }, [shown]);
  if (hints.length === 0) return null;
  return (
    <section className="hints" aria-labelledby="hints-heading">
      <h2 id="hints-heading">Hints</h2>
      <ol>
        {hints.slice(0, shown).map((hint, index) => (
          <li key={hint.heading} className="card hint">
            <h3 tabIndex={-1} ref={index === shown - 1 ? lastShown : undefined}>
              {hint.heading}
            </h3>
            <Markdown source={hint.markdown} />
          </li>
        ))}
      </ol>
      {shown < hints.length ? (
        <button type="button" className="secondary" onClick={() => setShown(shown + 1)}>
          Show hint {shown + 1} of {hints.length}
        </button>
      ) : (
        <p className="muted">All {hints.length} hints shown.</p>
      )}
    </section>
  );
}
