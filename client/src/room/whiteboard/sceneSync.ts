import type { ExcalidrawElement } from '@excalidraw/excalidraw/element/types';
import type * as Y from 'yjs';

/** Origin of the scene changes this browser makes, so its own observer skips them. */
export const LOCAL_SCENE = Symbol('local-scene');

/**
 * Writes the elements that changed here into the shared `scene` (by id), keeping Excalidraw's
 * rule: an element replaces the stored one only with a higher `version` (two edits of one
 * version at once are settled by Yjs for the map, and by `reconcileElements` on screen).
 * Deleted elements are written too, so a deletion reaches the other side. Returns how many
 * were written.
 */
export function writeScene(scene: Y.Map<unknown>, elements: readonly ExcalidrawElement[]): number {
  let written = 0;
  scene.doc?.transact(() => {
    for (const element of elements) {
      const stored = scene.get(element.id) as ExcalidrawElement | undefined;
      if (stored && stored.version >= element.version) continue;
      // A copy: Excalidraw mutates its elements in place while one drags, and the map would
      // otherwise hold that very object, whose version then always equals the new one.
      scene.set(element.id, structuredClone(element));
      written++;
    }
  }, LOCAL_SCENE);
  return written;
}

/** Every element of the shared scene, deleted ones included (Excalidraw reconciles them). */
export function readScene(scene: Y.Map<unknown>): ExcalidrawElement[] {
  return [...scene.values()] as ExcalidrawElement[];
}
