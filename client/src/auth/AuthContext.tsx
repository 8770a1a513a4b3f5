import { createContext, useCallback, useContext, useEffect, useMemo, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import {
  ViewerResponseSchema,
  type Me,
  type MeResponse,
  type ViewerResponse,
} from '@mockloop/shared';
import { apiFetch, apiSend } from '../api/http';
import { queryKeys } from '../api/queryKeys';
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

function authState(status: 'pending' | 'error' | 'success', data?: ViewerResponse): AuthState {
  if (status === 'pending') return { status: 'loading' };
  // A viewer the server could not tell us about is treated as signed out: signing in again mends it.
  return data?.user ? { status: 'signed-in', user: data.user } : { status: 'signed-out' };
}

/** Knows who is signed in (the `viewer` query), and keeps the socket's handshake in step with it. */
export function AuthProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const viewer = useQuery({
    queryKey: queryKeys.viewer,
    // 200 `{ user: null }` for an anonymous visitor: a first visit logs no failed request.
    queryFn: () => apiFetch('/api/auth/viewer', ViewerResponseSchema),
    staleTime: Infinity,
  });
  const state = useMemo(() => authState(viewer.status, viewer.data), [viewer.status, viewer.data]);

  useEffect(() => {
    if (state.status === 'signed-in') connectSocket();
    else if (state.status === 'signed-out') disconnectSocket();
  }, [state]);

  const setViewer = useCallback(
    (next: ViewerResponse) => {
      // Another person (or none) is looking now: nothing of the last one's may stay cached.
      queryClient.removeQueries({ queryKey: queryKeys.mine });
      queryClient.setQueryData(queryKeys.viewer, next);
    },
    [queryClient],
  );
  const signedIn = useCallback(({ user }: MeResponse) => setViewer({ user }), [setViewer]);
  const signOut = useCallback(async () => {
    await apiSend('/api/auth/signout', { method: 'POST' }).catch(() => undefined);
    setViewer({ user: null });
  }, [setViewer]);
  const deleteAccount = useCallback(async () => {
    await apiSend('/api/me', { method: 'DELETE' });
    setViewer({ user: null });
  }, [setViewer]);

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
