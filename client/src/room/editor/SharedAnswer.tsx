import { lazy, Suspense } from 'react';
import { SharedDocKey } from '@mockloop/shared';
import type { SharedDoc } from '../RoomController';

const SharedMonaco = lazy(() => import('./SharedMonaco'));

/** The shared answer and notes (Markdown) of a behavioral or system-design question. */
export function SharedAnswer({ shared, title }: { shared: SharedDoc; title: string }) {
  return (
    <section className="room-work" aria-label="Shared answer">
      <h2 className="room-work-heading">Shared answer and notes</h2>
      <div className="room-work-editor room-work-answer">
        <Suspense fallback={<p>Loading editor…</p>}>
          <SharedMonaco
            shared={shared}
            textKey={SharedDocKey.Answer}
            language="markdown"
            label={`${title}: shared answer (Markdown)`}
          />
        </Suspense>
      </div>
    </section>
  );
}
