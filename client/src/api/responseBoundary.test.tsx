import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider, useAuth } from '../auth/AuthContext';
import { QuestionsPage } from '../pages/questions/QuestionsPage';
import { QuestionDetailPage } from '../pages/questions/QuestionDetailPage';
import { ApiError, BAD_RESPONSE } from './http';
import { shouldRetry } from './queryClient';
import { TestQueryProvider } from './TestQueryProvider';

function answerWith(body: unknown, status = 200) {
  const fetch = vi.fn(() => Promise.resolve(new Response(JSON.stringify(body), { status })));
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

function renderPage(path: string, route: string, page: React.ReactNode) {
  render(
    <TestQueryProvider>
      <MemoryRouter initialEntries={[path]}>
        <Routes>
          <Route path={route} element={page} />
        </Routes>
      </MemoryRouter>
    </TestQueryProvider>,
  );
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('responses are checked against the shared schemas at the boundary', () => {
  it('shows a question of the wrong shape as an error, asked once, never rendered half-way', async () => {
    const fetch = answerWith({ id: 'sum-pairs', title: 42 });
    renderPage('/questions/sum-pairs', '/questions/:id', <QuestionDetailPage />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/does not understand at (kind|title)/);
    expect(screen.getByRole('heading', { name: 'Cannot open this question' })).toBeTruthy();
    expect(fetch).toHaveBeenCalledTimes(1);
  });

  it('shows a list page whose items are not questions as an error, not a crash', async () => {
    answerWith({ items: [{ nope: true }], total: 1, offset: 0, limit: 20 });
    renderPage('/questions', '/questions', <QuestionsPage />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^Could not load questions: .*does not understand at items/);
  });

  it('treats a viewer answer of the wrong shape as signed out', async () => {
    answerWith({ user: { id: 7 } });
    function Who() {
      const { state } = useAuth();
      return <p>{state.status}</p>;
    }
    render(
      <TestQueryProvider>
        <AuthProvider>
          <Who />
        </AuthProvider>
      </TestQueryProvider>,
    );
    expect(await screen.findByText('signed-out')).toBeTruthy();
  });
});

describe('retries', () => {
  it('retry a dropped connection or a 5xx, never a 4xx or a bad shape', () => {
    expect(shouldRetry(0, new ApiError(0, 'network', 'offline'))).toBe(true);
    expect(shouldRetry(0, new ApiError(503, 'http', 'busy'))).toBe(true);
    expect(shouldRetry(2, new ApiError(503, 'http', 'busy'))).toBe(false);
    expect(shouldRetry(0, new ApiError(404, 'not_found', 'no'))).toBe(false);
    expect(shouldRetry(0, new ApiError(401, 'unauthorized', 'no'))).toBe(false);
    expect(shouldRetry(0, new ApiError(200, BAD_RESPONSE, 'odd'))).toBe(false);
  });
});
