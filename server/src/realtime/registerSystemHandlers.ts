import type { HandlerDeps, IoServer, IoSocket } from './ioTypes';
import { onClientEvent } from './onClientEvent';

/** `system:*`: liveness. */
export function registerSystemHandlers(_io: IoServer, socket: IoSocket, deps: HandlerDeps): void {
  onClientEvent(socket, 'system:ping', ({ nonce }) => ({ nonce, serverTime: Date.now() }), deps);
}
