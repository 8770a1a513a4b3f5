import { DiffEditor } from '@monaco-editor/react';
import { useEffect, useState } from 'react';
import { DARK_THEME } from './monacoSetup';

export interface CodeDiffProps {
  /** The older text, shown on the left. */
  original: string;
  /** The newer text, shown on the right with its changes marked. */
  modified: string;
  language: 'javascript' | 'typescript';
  /** Accessible name of the diff. */
  label: string;
}

function prefersDark(): boolean {
  return window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/** Monaco's read-only side-by-side diff, from the local bundle (pages import it lazily). */
export default function CodeDiff({ original, modified, language, label }: CodeDiffProps) {
  const [dark, setDark] = useState(prefersDark);
  useEffect(() => {
    const query = window.matchMedia('(prefers-color-scheme: dark)');
    const update = () => setDark(query.matches);
    query.addEventListener('change', update);
    return () => query.removeEventListener('change', update);
  }, []);

  return (
    <div className="code-diff" data-testid="code-diff" role="group" aria-label={label}>
      <DiffEditor
        height="100%"
        language={language}
        original={original}
        modified={modified}
        theme={dark ? DARK_THEME : 'vs'}
        options={{
          readOnly: true,
          originalEditable: false,
          renderSideBySide: true,
          // Keep both sides even on a narrow window: the page is about the side by side.
          useInlineViewWhenSpaceIsLimited: false,
          minimap: { enabled: false },
          fontSize: 14,
          scrollBeyondLastLine: false,
          automaticLayout: true,
        }}
        loading={<p className="editor-loading">Loading editor…</p>}
      />
    </div>
  );
}
