import type * as monaco from 'monaco-editor';
import { MonacoBinding } from 'y-monaco';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';

/** A live binding between a Monaco editor and a shared text; `destroy()` may be called twice. */
export interface SharedTextBinding {
  destroy(): void;
}

/**
 * Binds `editor` to `text` with y-monaco, mending its leaks: y-monaco never disposes the
 * cursor listener it adds to the editor and leaves the remote cursors' decorations behind, so
 * under React StrictMode (bind, destroy, bind) the stale binding keeps writing the awareness,
 * Monaco warns "Invoking deltaDecorations recursively" and the text can diverge. The model's
 * end of line is fixed to LF, so peers on Windows and elsewhere count offsets alike.
 */
export function bindMonaco(
  text: Y.Text,
  editor: monaco.editor.IStandaloneCodeEditor,
  awareness: Awareness,
): SharedTextBinding {
  const model = editor.getModel();
  if (!model) throw new Error('bindMonaco: the editor has no model');

  // y-monaco sees the editor through this proxy, which keeps the cursor listener it registers
  // (and that its destroy() forgets) so that we can dispose it.
  const captured: monaco.IDisposable[] = [];
  const onSelection: typeof editor.onDidChangeCursorSelection = (listener, thisArgs) => {
    const disposable = editor.onDidChangeCursorSelection(listener, thisArgs);
    captured.push(disposable);
    return disposable;
  };
  const seen = new Proxy(editor, {
    get(target, property) {
      if (property === 'onDidChangeCursorSelection') return onSelection;
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? (value as () => unknown).bind(target) : value;
    },
  });
  const binding = new MonacoBinding(text, model, new Set([seen]), awareness);
  // After the binding set the text (Monaco guesses the end of line from it, else from the OS),
  // so that Enter inserts "\n" on every peer; a "\r\n" already in the text becomes "\n" too.
  model.setEOL(0 /* monaco.editor.EndOfLineSequence.LF */);

  // y-monaco destroys itself when the model goes away; a second destroy() would warn.
  let destroyed = false;
  const untilDisposed = model.onWillDispose(() => {
    for (const disposable of captured) disposable.dispose();
    destroyed = true;
    if (awareness.getLocalState() !== null) awareness.setLocalStateField('selection', null);
  });
  return {
    destroy() {
      untilDisposed.dispose();
      if (destroyed) return;
      destroyed = true;
      for (const disposable of captured) disposable.dispose();
      binding.destroy();
      const decorations = (binding._decorations as Map<unknown, string[]>).get(seen) ?? [];
      if (!editor.getModel()?.isDisposed()) editor.deltaDecorations(decorations, []);
      binding._decorations.clear();
      // Our cursor is no longer in this text.
      if (awareness.getLocalState() !== null) awareness.setLocalStateField('selection', null);
    },
  };
}
