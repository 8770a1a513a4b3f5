import { io, type Socket } from 'socket.io-client';
import {
  isProtocolMismatch,
  PROTOCOL_VERSION,
  type ClientToServerEvents,
  type HandshakeAuth,
  type ServerToClientEvents,
} from '@mockloop/shared';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/**
 * `signed-out`: no socket, since the server accepts only signed-in handshakes. `outdated`: the
 * server speaks another protocol version (it was updated); only a reload helps.
 */
export type ConnectionState =
  'signed-out' | 'connecting' | 'connected' | 'disconnected' | 'outdated';

const HANDSHAKE_AUTH: HandshakeAuth = { protocol: PROTOCOL_VERSION };

/** What a refused or failed connection means for the user. */
export function stateAfterConnectError(error: unknown): ConnectionState {
  return isProtocolMismatch(error) ? 'outdated' : 'disconnected';
}

let socket: AppSocket | undefined;
let state: ConnectionState = 'signed-out';
const listeners = new Set<() => void>();

function setState(next: ConnectionState): void {
  state = next;
  for (const listener of listeners) listener();
}

/**
 * Opens the app's one socket to its own origin with the session cookie; call again after the
 * signed-in user changes so the handshake carries the new cookie.
 */
export function connectSocket(): AppSocket {
  socket?.close();
  const next: AppSocket = io({ transports: ['websocket', 'polling'], auth: HANDSHAKE_AUTH });
  next.on('connect', () => setState('connected'));
  next.on('disconnect', () => setState('disconnected'));
  next.on('connect_error', (error) => {
    const after = stateAfterConnectError(error);
    // Retrying cannot succeed against a newer server; the old code must not keep talking.
    if (after === 'outdated') next.close();
    setState(after);
  });
  next.io.on('reconnect_attempt', () => setState('connecting'));
  socket = next;
  setState('connecting');
  return next;
}

export function disconnectSocket(): void {
  socket?.close();
  socket = undefined;
  setState('signed-out');
}

export function getSocket(): AppSocket | undefined {
  return socket;
}

export function subscribeConnection(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getConnectionState(): ConnectionState {
  return state;
}
