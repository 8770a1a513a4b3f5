import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PublicQuestion } from '@mockloop/shared';
import { TestQueryProvider } from '../../api/TestQueryProvider';
import { QuestionDetailPage } from './QuestionDetailPage';

const question: PublicQuestion = {
  id: 'sum-pairs',
  kind: 'coding',
  title: 'Sum Pairs',
  difficulty: 'medium',
  tags: ['hash-map'],
  competencies: ['problem-solving'],
  timeLimitMinutes: 20,
  prompt:
    'Return **pairs**.\n\n<img src=x onerror="window.__pwned = 1"> <script>window.__pwned = 2</script>',
  sections: [{ heading: 'Constraints', visibility: 'public', markdown: '- small <b>input</b>' }],
  hints: [
    { heading: 'Hint 1', visibility: 'hint', markdown: 'Use a map.' },
    { heading: 'Hint 2', visibility: 'hint', markdown: 'Store complements.' },
  ],
  contentHash: 'a'.repeat(64),
  coding: {
    style: 'function',
    entry: 'sumPairs',
    compare: 'exact',
    cpuTimeLimitMs: 2000,
    memoryLimitMb: 64,
    examples: [{ name: 'basic', args: [[1, 2], 3], expected: 1 }],
    hiddenCount: 8,
    starters: {},
  },
};

function renderAt(path: string, body: unknown, status = 200) {
  vi.stubGlobal(
    'fetch',
    vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status }))),
  );
  render(
    <TestQueryProvider>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path="/questions/:id" element={<QuestionDetailPage />} />
        </Routes>
      </MemoryRouter>
    </TestQueryProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('QuestionDetailPage', () => {
  it('renders the prompt Markdown with raw HTML shown as text, never as elements', async () => {
    renderAt('/questions/sum-pairs', question);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sum Pairs' })).toBeTruthy();
    expect(screen.getByText('pairs').tagName).toBe('STRONG');
    expect(document.querySelector('main, body')?.querySelector('img, script, b')).toBeNull();
    expect(document.body.textContent).toContain('<script>window.__pwned = 2</script>');
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('shows examples, the hidden count and a Practise link for a coding question', async () => {
    renderAt('/questions/sum-pairs', question);
    const link = await screen.findByRole('link', { name: 'Practise this' });
    expect(link.getAttribute('href')).toBe('/practice/sum-pairs');
    expect(screen.getByText('sumPairs([1,2], 3)')).toBeTruthy();
    expect(document.body.textContent).toContain('8 hidden tests');
  });

  it('shows each call of a class example with the result it must give', async () => {
    renderAt('/questions/sum-pairs', {
      ...question,
      coding: {
        ...question.coding,
        style: 'class',
        entry: 'Counter',
        examples: [
          {
            name: 'counts',
            calls: [
              ['Counter', 1],
              ['add', 2],
            ],
            expected: [null, 3],
          },
        ],
      },
    });
    const code = await screen.findByText(/const obj = new Counter/);
    expect(code.textContent).toBe('const obj = new Counter(1);\nobj.add(2); // -> 3');
  });

  it('reveals hints one at a time, in order', async () => {
    renderAt('/questions/sum-pairs', question);
    const button = await screen.findByRole('button', { name: 'Show hint 1 of 2' });
    expect(screen.queryByText('Use a map.')).toBeNull();
    fireEvent.click(button);
    expect(screen.getByText('Use a map.')).toBeTruthy();
    expect(screen.queryByText('Store complements.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Show hint 2 of 2' }));
    expect(screen.getByText('Store complements.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Show hint/ })).toBeNull();
  });

  it('says so when the question does not exist', async () => {
    renderAt(
      '/questions/nope',
      { error: { code: 'not_found', message: 'No question "nope".' } },
      404,
    );
    expect(await screen.findByRole('alert')).toHaveProperty('textContent', 'No question "nope".');
  });
});
