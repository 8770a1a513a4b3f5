import { io, type Socket } from 'socket.io-client';
import type { ClientToServerEvents, ServerToClientEvents } from '@mockloop/shared';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

export type ConnectionState = 'connecting' | 'connected' | 'disconnected';

let socket: AppSocket | undefined;
let state: ConnectionState = 'connecting';
const listeners = new Set<() => void>();

function setState(next: ConnectionState): void {
  state = next;
  for (const listener of listeners) listener();
}

/** The app's one socket to its own origin, created on first use. */
export function getSocket(): AppSocket {
  if (!socket) {
    socket = io({ transports: ['websocket', 'polling'] });
    socket.on('connect', () => setState('connected'));
    socket.on('disconnect', () => setState('disconnected'));
    socket.on('connect_error', () => setState('disconnected'));
    socket.io.on('reconnect_attempt', () => setState('connecting'));
  }
  return socket;
}

export function subscribeConnection(listener: () => void): () => void {
  listeners.add(listener);
  getSocket();
  return () => listeners.delete(listener);
}

export function getConnectionState(): ConnectionState {
  return state;
}
