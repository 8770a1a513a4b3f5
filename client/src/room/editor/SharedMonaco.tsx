import Editor from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import type * as monaco from 'monaco-editor';
import { DARK_THEME } from '../../editor/monacoSetup';
import { usePrefersDark } from '../../rounds/usePrefersDark';
import type { SharedDoc } from '../RoomController';
import { bindMonaco } from './bindMonaco';
import { RemoteCursorStyles } from './RemoteCursorStyles';
import './SharedMonaco.css';

export interface SharedMonacoProps {
  shared: SharedDoc;
  /** The Y.Text of the document to edit (`SharedDocKey.Code` or `SharedDocKey.Answer`). */
  textKey: string;
  language: string;
  /** Accessible name of the editor's text area. */
  label: string;
}

/**
 * Monaco (bundled, never from a CDN) bound to a shared text: both people type in it at once and
 * see each other's cursor and selection in their colour, with their name.
 */
export default function SharedMonaco({ shared, textKey, language, label }: SharedMonacoProps) {
  const dark = usePrefersDark();
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);

  useEffect(() => {
    if (!editor) return;
    const binding = bindMonaco(shared.doc.getText(textKey), editor, shared.awareness);
    return () => binding.destroy();
  }, [editor, shared.doc, shared.awareness, textKey]);

  return (
    <div className="shared-editor" data-testid="shared-editor">
      <RemoteCursorStyles awareness={shared.awareness} />
      <Editor
        height="100%"
        path={`room-doc-${shared.docIndex}-${textKey}`}
        language={language}
        defaultValue=""
        theme={dark ? DARK_THEME : 'vs'}
        onMount={(mounted) => setEditor(mounted)}
        options={{
          ariaLabel: label,
          minimap: { enabled: false },
          fontSize: 14,
          tabSize: 2,
          scrollBeyondLastLine: false,
          automaticLayout: true,
          wordWrap: language === 'markdown' ? 'on' : 'off',
        }}
        loading={<p className="editor-loading">Loading editor…</p>}
      />
    </div>
  );
}
