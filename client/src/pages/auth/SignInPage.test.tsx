import { fireEvent, render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TestQueryProvider } from '../../api/TestQueryProvider';
import { AuthProvider } from '../../auth/AuthContext';
import { SignInPage } from './SignInPage';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('SignInPage', () => {
  it('says a password of only spaces is refused, without sending it', async () => {
    // A visitor who is not signed in: the viewer query answers `{ user: null }`.
    const fetch = vi.fn((_input: string, _init?: RequestInit) =>
      Promise.resolve(new Response(JSON.stringify({ user: null }), { status: 200 })),
    );
    vi.stubGlobal('fetch', fetch);
    render(
      <TestQueryProvider>
        <MemoryRouter initialEntries={['/signin?mode=register']}>
          <AuthProvider>
            <SignInPage />
          </AuthProvider>
        </MemoryRouter>
      </TestQueryProvider>,
    );
    fireEvent.change(screen.getByLabelText('Username'), { target: { value: 'ada' } });
    fireEvent.change(screen.getByLabelText('Password'), { target: { value: ' '.repeat(12) } });
    fireEvent.submit(screen.getByLabelText('Password').closest('form')!);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'The password cannot be only spaces.',
    );
    // Only the page's own viewer check went out; no sign-up request.
    expect(fetch.mock.calls.map(([input]) => input)).not.toContain('/api/auth/register');
  });
});
