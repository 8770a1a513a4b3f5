import { lazy, Suspense, useState } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { createQueryClient } from './api/queryClient';
import { AuthProvider } from './auth/AuthContext';
import { RequireUser } from './auth/RequireUser';
import { AppShell } from './layout/AppShell';
import { SignInPage } from './pages/auth/SignInPage';
import { HomePage } from './pages/HomePage';
import { NotFoundPage } from './pages/NotFoundPage';

// Pages with an editor pull in Monaco; they load on demand so the first page stays light.
const PracticePage = lazy(() =>
  import('./pages/practice/PracticePage').then((m) => ({ default: m.PracticePage })),
);
const PracticeHubPage = lazy(() =>
  import('./pages/practice/PracticeHubPage').then((m) => ({ default: m.PracticeHubPage })),
);
const SessionPage = lazy(() =>
  import('./pages/session/SessionPage').then((m) => ({ default: m.SessionPage })),
);
const HistoryPage = lazy(() =>
  import('./pages/history/HistoryPage').then((m) => ({ default: m.HistoryPage })),
);
const ProgressPage = lazy(() =>
  import('./pages/progress/ProgressPage').then((m) => ({ default: m.ProgressPage })),
);
const AttemptsPage = lazy(() =>
  import('./pages/attempts/AttemptsPage').then((m) => ({ default: m.AttemptsPage })),
);
const InterviewsPage = lazy(() =>
  import('./pages/interviews/InterviewsPage').then((m) => ({ default: m.InterviewsPage })),
);
const JoinPage = lazy(() =>
  import('./pages/interviews/JoinPage').then((m) => ({ default: m.JoinPage })),
);
const QuestionsPage = lazy(() =>
  import('./pages/questions/QuestionsPage').then((m) => ({ default: m.QuestionsPage })),
);
const QuestionDetailPage = lazy(() =>
  import('./pages/questions/QuestionDetailPage').then((m) => ({ default: m.QuestionDetailPage })),
);

function page(element: React.ReactNode) {
  return <Suspense fallback={<p>Loading…</p>}>{element}</Suspense>;
}

const router = createBrowserRouter([
  {
    element: <AppShell />,
    children: [
      { path: '/', element: <HomePage /> },
      { path: '/questions', element: page(<QuestionsPage />) },
      { path: '/questions/:id', element: page(<QuestionDetailPage />) },
      { path: '/signin', element: <SignInPage /> },
      {
        path: '/practice',
        element: page(
          <RequireUser>
            <PracticeHubPage />
          </RequireUser>,
        ),
      },
      {
        path: '/sessions/:id',
        element: page(
          <RequireUser>
            <SessionPage />
          </RequireUser>,
        ),
      },
      {
        path: '/practice/:id',
        element: page(
          <RequireUser>
            <PracticePage />
          </RequireUser>,
        ),
      },
      {
        path: '/interviews',
        element: page(
          <RequireUser>
            <InterviewsPage />
          </RequireUser>,
        ),
      },
      { path: '/join/:code', element: page(<JoinPage />) },
      {
        path: '/history',
        element: page(
          <RequireUser>
            <HistoryPage />
          </RequireUser>,
        ),
      },
      {
        path: '/attempts/:questionId',
        element: page(
          <RequireUser>
            <AttemptsPage />
          </RequireUser>,
        ),
      },
      {
        path: '/progress',
        element: page(
          <RequireUser>
            <ProgressPage />
          </RequireUser>,
        ),
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </QueryClientProvider>
  );
}
