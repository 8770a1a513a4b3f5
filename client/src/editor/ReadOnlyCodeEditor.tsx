import Editor from '@monaco-editor/react';
import { usePrefersDark } from '../rounds/usePrefersDark';
import { DARK_THEME } from './monacoSetup';

export interface ReadOnlyCodeEditorProps {
  /** The text to show; the editor follows it (nobody types here, so nothing is dropped). */
  value: string;
  language: string;
  /** Accessible name of the editor's text area. */
  label: string;
}

/** Monaco (bundled, never a CDN) showing text it cannot change: a replay at one instant. */
export default function ReadOnlyCodeEditor({ value, language, label }: ReadOnlyCodeEditorProps) {
  const dark = usePrefersDark();
  return (
    <div className="code-editor" data-testid="replay-editor">
      <Editor
        height="100%"
        language={language}
        value={value}
        theme={dark ? DARK_THEME : 'vs'}
        options={{
          ariaLabel: label,
          readOnly: true,
          domReadOnly: true,
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
