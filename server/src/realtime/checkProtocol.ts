import type { Socket } from 'socket.io';
import { HandshakeAuthSchema, HandshakeErrorCode, PROTOCOL_VERSION } from '@mockloop/shared';

/**
 * Socket.IO middleware: refuses a client that speaks another protocol version (a tab left open
 * across a deploy) before anything else, with `protocol_mismatch`, so it can ask for a reload.
 */
export function checkProtocol() {
  return (socket: Socket, next: (error?: Error) => void): void => {
    const auth = HandshakeAuthSchema.safeParse(socket.handshake.auth);
    if (auth.success && auth.data.protocol === PROTOCOL_VERSION) {
      next();
      return;
    }
    const message = 'MockLoop was updated; reload the page.';
    const data = {
      code: HandshakeErrorCode.ProtocolMismatch,
      message,
      serverProtocol: PROTOCOL_VERSION,
    };
    next(Object.assign(new Error(message), { data }));
  };
}
