import { useMemo, useRef } from 'react';
import { Excalidraw } from '@excalidraw/excalidraw';
import type { OrderedExcalidrawElement } from '@excalidraw/excalidraw/element/types';
import '@excalidraw/excalidraw/index.css';
import { usePrefersDark } from './usePrefersDark';
import { useDebouncedCallback } from './useDebouncedCallback';
import { sceneFromElements, sceneVersion, type WhiteboardScene } from './whiteboardScene';

export interface WhiteboardCanvasProps {
  initialScene: WhiteboardScene | null;
  /** Called with the scene after edits settle (debounced by `debounceMs`). */
  onChange: (scene: WhiteboardScene) => void;
  readOnly: boolean;
  debounceMs: number;
}

/** Excalidraw itself; loaded only through `Whiteboard`, so it stays in its own chunk. */
export default function WhiteboardCanvas({
  initialScene,
  onChange,
  readOnly,
  debounceMs,
}: WhiteboardCanvasProps) {
  const dark = usePrefersDark();
  // Excalidraw reads initialData once; later props must not reset the drawing.
  const initialData = useMemo(() => ({ elements: initialScene?.elements ?? [] }), []); // eslint-disable-line react-hooks/exhaustive-deps
  const lastVersion = useRef(sceneVersion(initialData.elements));
  const emit = useDebouncedCallback(onChange, debounceMs);

  // Excalidraw calls onChange on every pointer move and selection; emit only real edits.
  function handleChange(elements: readonly OrderedExcalidrawElement[]) {
    const version = sceneVersion(elements);
    if (version === lastVersion.current) return;
    lastVersion.current = version;
    emit(sceneFromElements(elements));
  }

  return (
    <Excalidraw
      initialData={initialData}
      onChange={handleChange}
      viewModeEnabled={readOnly}
      theme={dark ? 'dark' : 'light'}
      UIOptions={{ canvasActions: { loadScene: false, saveToActiveFile: false } }}
    />
  );
}
