import { useEffect, useState } from 'react';
import {
  CaptureUpdateAction,
  Excalidraw,
  reconcileElements,
  restoreElements,
} from '@excalidraw/excalidraw';
import type { ExcalidrawImperativeAPI } from '@excalidraw/excalidraw/types';
import '@excalidraw/excalidraw/index.css';
import type * as Y from 'yjs';
import { usePrefersDark } from '../../rounds/usePrefersDark';
import { LOCAL_SCENE, readScene, writeScene } from './sceneSync';

type RemoteElements = Parameters<typeof reconcileElements>[1];

/** Draws the other side's changes into Excalidraw, keeping the newer version of each element. */
function applyRemote(api: ExcalidrawImperativeAPI, scene: Y.Map<unknown>): void {
  const local = api.getSceneElementsIncludingDeleted();
  const restored = restoreElements(readScene(scene), local) as unknown as RemoteElements;
  const elements = reconcileElements(local, restored, api.getAppState());
  // Not undoable here: undo takes back one's own strokes, not the other person's.
  api.updateScene({ elements, captureUpdate: CaptureUpdateAction.NEVER });
}

/** Excalidraw bound to the room's shared `scene`; loaded only through SharedWhiteboard. */
export default function SharedWhiteboardCanvas({ scene }: { scene: Y.Map<unknown> }) {
  const dark = usePrefersDark();
  const [api, setApi] = useState<ExcalidrawImperativeAPI | null>(null);

  useEffect(() => {
    if (!api) return;
    applyRemote(api, scene);
    const observer = (_event: Y.YMapEvent<unknown>, transaction: Y.Transaction) => {
      if (transaction.origin !== LOCAL_SCENE) applyRemote(api, scene);
    };
    scene.observe(observer);
    return () => scene.unobserve(observer);
  }, [api, scene]);

  return (
    <Excalidraw
      excalidrawAPI={setApi}
      // Excalidraw calls onChange on every pointer move; only higher versions are written.
      onChange={(elements) => writeScene(scene, elements)}
      theme={dark ? 'dark' : 'light'}
      UIOptions={{ canvasActions: { loadScene: false, saveToActiveFile: false } }}
    />
  );
}
