import { lazy, Suspense } from 'react';
import { EXCALIDRAW_ASSET_PATH, type WhiteboardScene } from './whiteboardScene';
import './Whiteboard.css';

declare global {
  interface Window {
    EXCALIDRAW_ASSET_PATH?: string | string[];
  }
}

// Excalidraw is large (about 350 kB gzip): it loads only when a whiteboard is shown.
const WhiteboardCanvas = lazy(() => {
  // Fonts come from our origin; set before Excalidraw first asks for one.
  window.EXCALIDRAW_ASSET_PATH = EXCALIDRAW_ASSET_PATH;
  return import('./WhiteboardCanvas');
});

export interface WhiteboardProps {
  /** The scene to start from (a saved one), or null for an empty board. Read once. */
  initialScene: WhiteboardScene | null;
  /** Called with the whole scene once edits settle. */
  onChange: (scene: WhiteboardScene) => void;
  /** Shows the drawing without letting it change (after the round). */
  readOnly?: boolean;
  /** How long edits must settle before `onChange`; default 800 ms. */
  debounceMs?: number;
  /** Accessible name of the board's region. */
  label?: string;
}

/** A system-design whiteboard (Excalidraw), loaded on demand into its own chunk. */
export function Whiteboard({
  initialScene,
  onChange,
  readOnly = false,
  debounceMs = 800,
  label = 'Whiteboard',
}: WhiteboardProps) {
  return (
    <section className="whiteboard" aria-label={label} data-testid="whiteboard">
      <Suspense fallback={<p className="whiteboard-loading">Loading the whiteboard…</p>}>
        <WhiteboardCanvas
          initialScene={initialScene}
          onChange={onChange}
          readOnly={readOnly}
          debounceMs={debounceMs}
        />
      </Suspense>
    </section>
  );
}
