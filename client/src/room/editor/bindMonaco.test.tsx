import { render } from '@testing-library/react';
import { StrictMode, useEffect } from 'react';
import { beforeAll, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type * as Monaco from 'monaco-editor';
import { bindMonaco } from './bindMonaco';

let monaco: typeof Monaco;

// Monaco runs in jsdom given the two browser APIs jsdom lacks; it only takes a while to load.
beforeAll(async () => {
  globalThis.CSS ??= {} as typeof CSS;
  CSS.escape ??= (value: string) => value.replace(/[^\w-]/g, (c) => `\\${c}`);
  if (typeof window.matchMedia !== 'function') {
    const query = { matches: false, addEventListener() {}, removeEventListener() {} };
    Object.defineProperty(window, 'matchMedia', { value: () => query, configurable: true });
  }
  monaco = await import('monaco-editor');
}, 120_000);

function createEditor(host: HTMLElement) {
  const model = monaco.editor.createModel('', 'javascript');
  const options = { model, minimap: { enabled: false }, overviewRulerLanes: 0 };
  return monaco.editor.create(host, options);
}

/** Another person in the same text, with their cursor at `index`. */
function remoteCursor(doc: Y.Doc, awareness: Awareness, index: number) {
  const peerDoc = new Y.Doc();
  Y.applyUpdate(peerDoc, Y.encodeStateAsUpdate(doc));
  const peer = new Awareness(peerDoc);
  const text = peerDoc.getText('code');
  const position = Y.createRelativePositionFromTypeIndex(text, index);
  peer.setLocalState({ user: { name: 'Bob' }, selection: { anchor: position, head: position } });
  awareness.setLocalState(awareness.getLocalState());
  // Apply the peer's awareness the way the provider does.
  applyAwarenessUpdate(awareness, encodeAwarenessUpdate(peer, [peerDoc.clientID]), 'remote');
}

const remoteDecorations = (editor: Monaco.editor.IStandaloneCodeEditor) =>
  (editor.getModel()?.getAllDecorations() ?? []).filter((d) =>
    d.options.className?.includes('yRemoteSelection'),
  );

describe('bindMonaco', () => {
  it(
    'binds once under StrictMode (bind, destroy, bind), and leaves nothing behind on unmount',
    { timeout: 120_000 },
    () => {
      const host = document.createElement('div');
      document.body.append(host);
      const editor = createEditor(host);
      const model = editor.getModel()!;
      const doc = new Y.Doc();
      const awareness = new Awareness(doc);
      const text = doc.getText('code');
      text.insert(0, 'let a = 1;\r\n');

      function Bound() {
        useEffect(() => {
          const binding = bindMonaco(text, editor, awareness);
          return () => binding.destroy();
        }, []);
        return null;
      }
      const { unmount } = render(
        <StrictMode>
          <Bound />
        </StrictMode>,
      );
      expect(model.getEOL()).toBe('\n');
      expect(text.toJSON()).toBe('let a = 1;\n');
      model.applyEdits([{ range: new monaco.Range(1, 1, 1, 1), text: '// hi\n' }]);
      expect(text.toJSON()).toBe('// hi\nlet a = 1;\n');
      text.insert(0, '/* peer */');
      expect(model.getValue()).toBe(text.toJSON());
      editor.setSelection(new monaco.Selection(2, 1, 2, 4));
      expect(awareness.getLocalState()?.selection).toBeTruthy();
      remoteCursor(doc, awareness, 2);
      expect(remoteDecorations(editor)).toHaveLength(1);

      unmount();
      expect(remoteDecorations(editor)).toHaveLength(0);
      editor.setSelection(new monaco.Selection(1, 1, 1, 3));
      expect(awareness.getLocalState()?.selection).toBeNull();
      model.dispose();
      editor.dispose();
    },
  );

  it(
    'draws remote cursors, and on destroy clears them and stops writing this cursor',
    { timeout: 120_000 },
    () => {
      const host = document.createElement('div');
      document.body.append(host);
      const editor = createEditor(host);
      const doc = new Y.Doc();
      const awareness = new Awareness(doc);
      const text = doc.getText('code');
      text.insert(0, 'abcdef');
      const binding = bindMonaco(text, editor, awareness);
      remoteCursor(doc, awareness, 2);
      expect(remoteDecorations(editor)).toHaveLength(1);

      binding.destroy();
      expect(remoteDecorations(editor)).toHaveLength(0);
      expect(awareness.getLocalState()?.selection).toBeNull();
      editor.setSelection(new monaco.Selection(1, 2, 1, 3));
      expect(awareness.getLocalState()?.selection).toBeNull();
      expect(() => binding.destroy()).not.toThrow();
      editor.getModel()?.dispose();
      editor.dispose();
    },
  );
});
