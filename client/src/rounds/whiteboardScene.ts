import type { ExcalidrawElement } from '@excalidraw/excalidraw/element/types';

/** What a whiteboard saves and restores: its live (not deleted) elements. */
export interface WhiteboardScene {
  elements: readonly ExcalidrawElement[];
}

/** Where Excalidraw finds its fonts: on our own origin (see client/vite.config.ts). */
export const EXCALIDRAW_ASSET_PATH = '/excalidraw/';

/** Excalidraw keeps deleted elements for undo; a saved scene does not need them. */
export function sceneFromElements(elements: readonly ExcalidrawElement[]): WhiteboardScene {
  return { elements: elements.filter((element) => !element.isDeleted) };
}

/** A number that changes whenever any element changes (Excalidraw bumps `version` on edit). */
export function sceneVersion(elements: readonly ExcalidrawElement[]): number {
  return elements.reduce((sum, element) => sum + element.version, 0);
}
