import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { MemoryRouter } from 'react-router-dom';
import { HistoryTable } from '../src/pages/history/HistoryTable';
import { historySessions } from '../src/pages/history/historyFixture';

// Bundled by history.ts and run inside Chromium: one first render per call, timed in the page.

/** What a run renders: the history table, or the floor (the same sessions as plain `<li>`). */
export type HistoryBenchSubject = 'table' | 'floor';

export interface HistoryBenchRun {
  /** From render to the first commit's style and layout: what the first paint waits for. */
  ms: number;
  /** Of which React's render and commit. */
  commitMs: number;
  /** Until every row is in the document and laid out (the table paints its first rows sooner). */
  allMs: number;
  rows: number;
}

/** Resolves once `container` holds `count` rows. */
function allRows(container: HTMLElement, count: number): Promise<void> {
  const done = () => container.querySelectorAll('tbody tr, li').length >= count;
  if (done()) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!done()) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(container, { childList: true, subtree: true });
  });
}

declare global {
  interface Window {
    /** Renders `count` sessions into a fresh container; returns ms to commit, style and layout. */
    renderHistory(subject: HistoryBenchSubject, count: number): Promise<HistoryBenchRun>;
  }
}

function Floor({ count }: { count: number }) {
  return (
    <ul>
      {historySessions(count, 'me').map((s) => (
        <li key={s.id}>
          {s.title} {new Date(s.createdAt).toISOString()}
        </li>
      ))}
    </ul>
  );
}

const repeated = new Set(['count-multiples', 'running-total']);

window.renderHistory = async (subject, count) => {
  const sessions = historySessions(count, 'me');
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  const start = performance.now();
  flushSync(() =>
    root.render(
      <MemoryRouter>
        {subject === 'table' ? (
          <HistoryTable sessions={sessions} userId="me" repeated={repeated} />
        ) : (
          <Floor count={count} />
        )}
      </MemoryRouter>,
    ),
  );
  const commitMs = performance.now() - start;
  // Reading a box forces style and layout now, as the browser would before the first paint.
  container.getBoundingClientRect();
  const ms = performance.now() - start;
  await allRows(container, count);
  container.getBoundingClientRect();
  const allMs = performance.now() - start;
  const rows = container.querySelectorAll('tbody tr, li').length;
  root.unmount();
  container.remove();
  return { ms, commitMs, allMs, rows };
};
