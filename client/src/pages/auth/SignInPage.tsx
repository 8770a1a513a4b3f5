import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router-dom';
import { MeResponseSchema } from '@mockloop/shared';
import { apiFetch, ApiError } from '../../api/http';
import { useAuth } from '../../auth/AuthContext';
import { safeNext } from '../../auth/RequireUser';
import { FIELD_LIMITS } from './fieldLimits';
import './SignInPage.css';

type Mode = 'guest' | 'signin' | 'register';

const TITLES: Record<Mode, string> = {
  guest: 'Continue as a guest',
  signin: 'Sign in',
  register: 'Create an account',
};

// The mode buttons name a way in; the submit button names the action, so no two controls share a
// name a screen reader would read out.
const MODE_LABELS: Record<Mode, string> = {
  guest: 'As a guest',
  signin: 'With an account',
  register: 'New account',
};

/** Guest in seconds, or an account that keeps a history; then back to where the person was going. */
export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { state, signedIn } = useAuth();
  const isGuest = state.status === 'signed-in' && state.user.kind === 'guest';
  const [mode, setMode] = useState<Mode>(
    params.get('mode') === 'register' || isGuest ? 'register' : 'guest',
  );
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const field = (name: string) => {
      const value = form.get(name);
      return typeof value === 'string' ? value : '';
    };
    const [path, body] =
      mode === 'guest'
        ? ['/api/auth/guest', { displayName: field('displayName') }]
        : mode === 'signin'
          ? ['/api/auth/signin', { username: field('username'), password: field('password') }]
          : [
              '/api/auth/register',
              {
                username: field('username'),
                password: field('password'),
                ...(field('displayName') ? { displayName: field('displayName') } : {}),
              },
            ];
    setBusy(true);
    setError(null);
    try {
      const init = { method: 'POST', body: JSON.stringify(body) };
      signedIn(await apiFetch(path, MeResponseSchema, init));
      void navigate(safeNext(params.get('next')), { replace: true });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : 'Something went wrong; try again.');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="signin card">
      <h1>{TITLES[mode]}</h1>
      {isGuest && mode === 'register' && (
        <p className="signin-note">Your guest sessions move into the new account.</p>
      )}
      <div className="signin-modes" role="group" aria-label="How to sign in">
        {(Object.keys(TITLES) as Mode[]).map((m) => (
          <button
            key={m}
            type="button"
            className={m === mode ? '' : 'secondary'}
            aria-pressed={m === mode}
            onClick={() => setMode(m)}
          >
            {MODE_LABELS[m]}
          </button>
        ))}
      </div>
      <form onSubmit={(e) => void submit(e)} key={mode}>
        {mode === 'guest' ? (
          <label>
            Display name
            <input
              name="displayName"
              required
              {...FIELD_LIMITS.displayName}
              autoComplete="nickname"
              autoFocus
            />
          </label>
        ) : (
          <>
            <label>
              Username
              <input
                name="username"
                required
                {...FIELD_LIMITS[mode].username}
                autoComplete="username"
                autoFocus
              />
            </label>
            <label>
              Password
              <input
                name="password"
                type="password"
                required
                {...FIELD_LIMITS[mode].password}
                autoComplete={mode === 'register' ? 'new-password' : 'current-password'}
              />
            </label>
            {mode === 'register' && (
              <label>
                Display name <span className="signin-optional">(optional)</span>
                <input
                  name="displayName"
                  maxLength={FIELD_LIMITS.displayName.maxLength}
                  autoComplete="nickname"
                />
              </label>
            )}
          </>
        )}
        {error && (
          <p className="error-text" role="alert">
            {error}
          </p>
        )}
        <button type="submit" disabled={busy}>
          {busy ? 'Please wait…' : TITLES[mode]}
        </button>
      </form>
    </section>
  );
}
