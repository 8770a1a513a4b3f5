import type { QuestionSection } from '@mockloop/shared';
import { Markdown } from '../../markdown/Markdown';

/** The hints the interviewer has revealed so far, and how many there are in all. */
export function RevealedHints({ hints, total }: { hints: QuestionSection[]; total: number }) {
  if (total === 0) return null;
  return (
    <section className="room-hints" aria-label="Hints">
      <h3>Hints</h3>
      <p className="muted" role="status">
        {hints.length} of {total} hints revealed
      </p>
      <ol>
        {hints.map((hint, index) => (
          <li key={index} className="card">
            <h4>{hint.heading}</h4>
            <Markdown source={hint.markdown} />
          </li>
        ))}
      </ol>
    </section>
  );
}
