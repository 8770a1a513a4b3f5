import { lazy, Suspense } from 'react';
import { SharedDocKey } from '@mockloop/shared';
import type { SharedDoc } from '../RoomController';
import { EXCALIDRAW_ASSET_PATH } from '../../rounds/whiteboardScene';
import '../../rounds/Whiteboard.css';

// Excalidraw is large: it loads only when a design question is on the board.
const SharedWhiteboardCanvas = lazy(() => {
  // Fonts come from our origin; set before Excalidraw first asks for one.
  window.EXCALIDRAW_ASSET_PATH = EXCALIDRAW_ASSET_PATH;
  return import('./SharedWhiteboardCanvas');
});

/** The shared whiteboard of a system-design question: both draw on one scene. */
export function SharedWhiteboard({ shared }: { shared: SharedDoc }) {
  return (
    <section className="whiteboard" aria-label="Shared whiteboard" data-testid="whiteboard">
      <Suspense fallback={<p className="whiteboard-loading">Loading the whiteboard…</p>}>
        <SharedWhiteboardCanvas scene={shared.doc.getMap(SharedDocKey.Scene)} />
      </Suspense>
    </section>
  );
}
