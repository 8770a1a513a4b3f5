import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { vi } from 'vitest';
import { TestQueryProvider } from '../../api/TestQueryProvider';

/** Rendering and role queries in jsdom take seconds on a busy machine; the default is 5 s. */
export const SLOW_JSDOM_MS = 20_000;

/** Renders inside a fresh query client (the question picker reads the bank). */
export function renderWithQueries(ui: ReactNode) {
  return render(ui, { wrapper: TestQueryProvider });
}

/** `GET /api/questions` answers this list; returns the stub to read the URLs asked. */
export function stubQuestionList(items: { id: string; title: string }[] = []) {
  const fetch = vi.fn((_url: string) =>
    Promise.resolve(
      new Response(
        JSON.stringify({
          items: items.map((item) => ({
            ...item,
            kind: 'coding',
            difficulty: 'easy',
            tags: [],
            competencies: ['problem-solving'],
            timeLimitMinutes: 20,
            contentHash: 'abcdef12',
            hasStarter: true,
          })),
          total: items.length,
          offset: 0,
          limit: 20,
        }),
      ),
    ),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}
