import type { ExcalidrawElement } from '@excalidraw/excalidraw/element/types';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LOCAL_SCENE, readScene, writeScene } from './sceneSync';

const element = (id: string, version: number, extra: object = {}) =>
  ({
    id,
    version,
    versionNonce: 1,
    isDeleted: false,
    type: 'rectangle',
    ...extra,
  }) as unknown as ExcalidrawElement;

describe('the shared whiteboard scene', () => {
  it('keeps the higher version of each element and writes deletions, as local changes', () => {
    const doc = new Y.Doc();
    const scene = doc.getMap<unknown>('scene');
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    expect(writeScene(scene, [element('a', 2), element('b', 1)])).toBe(2);
    // Excalidraw reports unchanged elements on every pointer move: nothing is written.
    expect(writeScene(scene, [element('a', 2), element('b', 1)])).toBe(0);
    expect(writeScene(scene, [element('a', 1, { x: 9 })])).toBe(0);
    expect(writeScene(scene, [element('b', 3, { isDeleted: true })])).toBe(1);
    const stored = readScene(scene);
    expect(stored.map((e) => [e.id, e.version, e.isDeleted])).toEqual([
      ['a', 2, false],
      ['b', 3, true],
    ]);
    expect(new Set(origins)).toEqual(new Set([LOCAL_SCENE]));
  });

  it('writes an element Excalidraw mutated in place since the last write', () => {
    const scene = new Y.Doc().getMap<unknown>('scene');
    const dragged = { ...element('drag', 1), width: 0 } as { version: number; width: number };
    writeScene(scene, [dragged as unknown as ExcalidrawElement]);
    Object.assign(dragged, { version: 2, width: 120 });
    expect(writeScene(scene, [dragged as unknown as ExcalidrawElement])).toBe(1);
    expect(readScene(scene)[0]).toMatchObject({ version: 2, width: 120 });
  });

  it("reaches the other side's doc through Yjs updates", () => {
    const [left, right] = [new Y.Doc(), new Y.Doc()];
    left.on('update', (update: Uint8Array) => Y.applyUpdate(right, update));
    writeScene(left.getMap('scene'), [element('shape', 4)]);
    expect(readScene(right.getMap('scene')).map((e) => e.version)).toEqual([4]);
  });
});
