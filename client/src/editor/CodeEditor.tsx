import Editor from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import { DARK_THEME } from './monacoSetup';

export interface CodeEditorProps {
  /**
   * The text the editor opens with. The editor then owns its text (a controlled Monaco drops
   * keystrokes while React catches up); remount it with a new `key` to load other text.
   */
  initialValue: string;
  language: 'javascript' | 'typescript';
  onChange: (value: string) => void;
  /** Accessible name of the editor's text area. */
  label: string;
}

function prefersDark(): boolean {
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Monaco, bundled locally and loaded only with this module (pages import it lazily). */
export default function CodeEditor({ initialValue, language, onChange, label }: CodeEditorProps) {
  const [dark, setDark] = useState(prefersDark);
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => setDark(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);

  return (
    <div className="code-editor" data-testid="code-editor">
      <Editor
        height="100%"
        language={language}
        defaultValue={initialValue}
        theme={dark ? DARK_THEME : 'vs'}
        onChange={(next) => onChange(next ?? '')}
        options={{
          ariaLabel: label,
          minimap: { enabled: false },
          fontSize: 14,
          tabSize: 2,
          scrollBeyondLastLine: false,
          automaticLayout: true,
          // Tab inserts spaces; Ctrl+M (Cmd+M) toggles it so keyboard users can leave the editor.
          tabFocusMode: false,
        }}
        loading={<p className="editor-loading">Loading editor…</p>}
      />
    </div>
  );
}
