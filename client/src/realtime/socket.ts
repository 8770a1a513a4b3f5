import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@mockloop/shared';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** `signed-out`: no socket, since the server accepts only signed-in handshakes. */
export type ConnectionState = 'signed-out' | 'connecting' | 'connected' | 'disconnected';

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
  const next: AppSocket = io({ transports: ['websocket', 'polling'] });
  next.on('connect', () => setState('connected'));
  next.on('disconnect', () => setState('disconnected'));
  next.on('connect_error', () => setState('disconnected'));
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
