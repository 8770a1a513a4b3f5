import type { Socket } from 'socket.io';
import { ErrorCode, type User } from '@mockloop/shared';
import type { Logger } from '../logger';
import { readCookie, SESSION_COOKIE } from './cookies';
import type { AuthService } from './createAuthService';
import { hashToken } from './tokens';

/** What a connected socket carries: the user its handshake cookie resolved to. */
export interface SocketData {
  user: User;
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host;
  } catch {
    return undefined; // `null` origins (sandboxed frames, file://) and garbage
  }
}

function refusal(
  code: string,
  message: string,
): Error & { data: { code: string; message: string } } {
  return Object.assign(new Error(message), { data: { code, message } });
}

/** A socket lives only as long as the sign-in it was opened with. */
function dropWhenRevoked(auth: AuthService, socket: Socket, tokenHash: string, userId: string) {
  const stop = auth.onRevoked((revoked) => {
    const mine =
      'tokenHash' in revoked ? revoked.tokenHash === tokenHash : revoked.userId === userId;
    if (mine) socket.disconnect(true);
  });
  // The transport's close fires even when the handshake never completes, unlike `disconnect`.
  socket.conn.once('close', stop);
}

/**
 * Socket.IO middleware: the handshake must carry a valid session cookie (the same one REST
 * uses), and, when the browser names an origin, it must be this server's, so another site cannot
 * open a socket with the victim's cookie.
 */
export function socketAuth(auth: AuthService, log: Logger) {
  return (socket: Socket, next: (error?: Error) => void): void => {
    const { headers } = socket.handshake;
    const origin = headers.origin;
    if (origin !== undefined && hostOf(origin) !== headers.host) {
      next(refusal(ErrorCode.Forbidden, 'Cross-site socket refused.'));
      return;
    }
    const token = readCookie(headers.cookie, SESSION_COOKIE);
    if (!token) {
      next(refusal(ErrorCode.Unauthorized, 'Sign in or continue as a guest first.'));
      return;
    }
    auth.resolve(token).then(
      (resolved) => {
        if (!resolved) {
          next(refusal(ErrorCode.Unauthorized, 'Your session has expired; sign in again.'));
          return;
        }
        (socket.data as SocketData).user = resolved.user;
        dropWhenRevoked(auth, socket, hashToken(token), resolved.user.id);
        next();
      },
      (error: unknown) => {
        log.error({ err: error }, 'socket authentication failed');
        next(refusal(ErrorCode.Internal, 'Could not check your session.'));
      },
    );
  };
}
