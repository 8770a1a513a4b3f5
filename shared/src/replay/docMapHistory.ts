import * as Y from 'yjs';
import { SharedDocKey } from '../docFrames';
import { LANGUAGES, type Language } from '../schemas/question';
import type { TimedUpdate } from './docTimeline';
import type { SceneElement } from './replayTypes';
import { countAtOrBefore, stepAt, type TimedStep } from './timedSteps';

interface SceneChange {
  at: number;
  /** Element ids and their new value (`undefined`: removed from the map). */
  changes: [string, SceneElement | undefined][];
}

function isLanguage(value: unknown): value is Language {
  return LANGUAGES.includes(value as Language);
}

function isElement(value: unknown): value is SceneElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The maps of a shared document's history (`meta.language` and the whiteboard `scene`), read in
 * one pass like `DocTimeline` reads a text: per update, what it changed, so a seek replays a few
 * changes and never the Yjs history again.
 */
export class DocMapHistory {
  private readonly languages: TimedStep<Language>[] = [];
  private readonly sceneChanges: SceneChange[] = [];

  constructor(updates: readonly TimedUpdate[]) {
    const doc = new Y.Doc();
    const meta = doc.getMap(SharedDocKey.Meta);
    const scene = doc.getMap(SharedDocKey.Scene);
    let changed: SceneChange['changes'] = [];
    scene.observe((event) => {
      for (const changedKey of event.keysChanged) {
        // Yjs types the keys as `any`; a map's keys are strings.
        const key = String(changedKey);
        const value = scene.get(key);
        changed.push([key, isElement(value) ? value : undefined]);
      }
    });
    for (const u of updates) {
      changed = [];
      Y.applyUpdate(doc, u.update);
      if (changed.length > 0) this.sceneChanges.push({ at: u.at, changes: changed });
      const language = meta.get('language');
      if (isLanguage(language) && language !== this.languages.at(-1)?.value) {
        this.languages.push({ at: u.at, value: language });
      }
    }
    doc.destroy();
  }

  languageAt(at: number): Language {
    return stepAt(this.languages, at, 'javascript');
  }

  /** The whiteboard's elements at `at`, without deleted ones. */
  sceneAt(at: number): SceneElement[] {
    const elements = new Map<string, SceneElement>();
    const count = countAtOrBefore(this.sceneChanges, at);
    for (let i = 0; i < count; i += 1) {
      for (const [id, value] of this.sceneChanges[i]!.changes) {
        if (value) elements.set(id, value);
        else elements.delete(id);
      }
    }
    return [...elements.values()].filter((e) => e.isDeleted !== true);
  }
}
