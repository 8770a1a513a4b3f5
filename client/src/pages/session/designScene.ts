import type { JsonValue } from '@mockloop/shared';
import type { WhiteboardScene } from '../../rounds/whiteboardScene';

/** A saved scene as the whiteboard reads it; anything without an element list is empty. */
export function sceneFromDraft(scene: Record<string, JsonValue> | null): WhiteboardScene | null {
  if (!scene || !Array.isArray(scene.elements)) return null;
  // The server stored exactly what `sceneToDraft` sent: Excalidraw's own elements.
  return scene as unknown as WhiteboardScene;
}

/** A whiteboard scene as plain JSON for the draft. */
export function sceneToDraft(scene: WhiteboardScene): Record<string, JsonValue> {
  return JSON.parse(JSON.stringify(scene)) as Record<string, JsonValue>;
}
