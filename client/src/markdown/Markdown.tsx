import { useMemo } from 'react';
import { renderMarkdown } from './renderMarkdown';

interface MarkdownProps {
  /** Markdown from a question file; raw HTML in it is shown as text, never rendered. */
  source: string;
  className?: string;
}

/** Renders question Markdown safely (see `renderMarkdown`). */
export function Markdown({ source, className }: MarkdownProps) {
  const html = useMemo(() => renderMarkdown(source), [source]);
  // The HTML comes from renderMarkdown, which escapes raw HTML and sanitises its output.
  return (
    <div
      className={['markdown', className].filter(Boolean).join(' ')}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
}
