import { useSyncExternalStore } from 'react';
import { getConnectionState, subscribeConnection, type ConnectionState } from './socket';

/** The live connection's state, re-rendering on every change. */
export function useConnectionState(): ConnectionState {
  return useSyncExternalStore(subscribeConnection, getConnectionState);
}
