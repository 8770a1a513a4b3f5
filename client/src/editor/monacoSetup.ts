import { loader } from '@monaco-editor/react';
import * as monaco from 'monaco-editor';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';

// Monaco comes from our own bundle: without loader.config, @monaco-editor/react fetches it from a CDN.
self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string) {
    return label === 'typescript' || label === 'javascript' ? new TsWorker() : new EditorWorker();
  },
};

loader.config({ monaco });

/**
 * vs-dark with comments lifted from #608b4e (4.2:1 on its background) to 5:1, the contrast small
 * text needs; everything else is Monaco's own dark theme.
 */
export const DARK_THEME = 'mockloop-dark';
monaco.editor.defineTheme(DARK_THEME, {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '6a9955' }],
  colors: {},
});

export { monaco };
