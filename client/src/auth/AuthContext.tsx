import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useState,
  type ReactNode,
} from 'react';
import type { Me, MeResponse } from '@mockloop/shared';
import { apiFetch, ApiError } from '../api/http';
import { connectSocket, disconnectSocket } from '../realtime/socket';

export type AuthState =
  { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; user: Me };

interface AuthApi {
  state: AuthState;
  /** Call with the `{ user }` any auth route answered. */
  signedIn: (response: MeResponse) => void;
  signOut: () => Promise<void>;
  deleteAccount: () => Promise<void>;
}

const AuthContext = createContext<AuthApi | undefined>(undefined);

/** Knows who is signed in, and keeps the socket's handshake in step with it. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<AuthState>({ status: 'loading' });

  useEffect(() => {
    apiFetch<MeResponse>('/api/me').then(
      ({ user }) => setState({ status: 'signed-in', user }),
      (error: unknown) => {
        setState({ status: 'signed-out' });
        if (!(error instanceof ApiError && error.status === 401)) console.error(error);
      },
    );
  }, []);

  useEffect(() => {
    if (state.status === 'signed-in') connectSocket();
    else if (state.status === 'signed-out') disconnectSocket();
  }, [state]);

  const signedIn = useCallback(
    ({ user }: MeResponse) => setState({ status: 'signed-in', user }),
    [],
  );
  const signOut = useCallback(async () => {
    await apiFetch<unknown>('/api/auth/signout', { method: 'POST' }).catch(() => undefined);
    setState({ status: 'signed-out' });
  }, []);
  const deleteAccount = useCallback(async () => {
    await apiFetch<unknown>('/api/me', { method: 'DELETE' });
    setState({ status: 'signed-out' });
  }, []);

  const api = useMemo(
    () => ({ state, signedIn, signOut, deleteAccount }),
    [state, signedIn, signOut, deleteAccount],
  );
  return <AuthContext.Provider value={api}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthApi {
  const api = useContext(AuthContext);
  if (!api) throw new Error('useAuth() outside <AuthProvider>');
  return api;
}
