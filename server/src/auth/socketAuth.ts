import type { Socket } from 'socket.io';
import { ErrorCode, type CallMedia, type User } from '@mockloop/shared';
import type { Logger } from '../logger';
import { readSessionToken } from './cookies';
import type { AuthService } from './createAuthService';

/** The live interview a socket joined with `room:join`; a socket is in at most one. */
export interface RoomMembership {
  sessionId: string;
  /** Set while this socket's page is in the room's call (`call:state`), until `call:leave`. */
  call?: CallMedia & { callId: string };
}

/** What a connected socket carries: the user its handshake cookie resolved to. */
export interface SocketData {
  user: User;
  /** Set by `room:join`, removed by `room:leave`; the role is always read from the session. */
  room?: RoomMembership;
}

function refusal(
  code: string,
  message: string,
): Error & { data: { code: string; message: string } } {
  return Object.assign(new Error(message), { data: { code, message } });
}

/**
 * Socket.IO middleware: binds the user of the handshake's session cookie (the same one REST
 * uses) to the socket. The origin and a first check of the cookie already happened at the
 * transport (`guardSocketHandshakes`); this one catches a sign-in ended in between. Once
 * connected, `joinRevocationChannels` ties the socket to its sign-in.
 */
export function socketAuth(auth: AuthService, log: Logger) {
  return (socket: Socket, next: (error?: Error) => void): void => {
    const token = readSessionToken(socket.handshake.headers.cookie);
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
        next();
      },
      (error: unknown) => {
        log.error({ err: error }, 'socket authentication failed');
        next(refusal(ErrorCode.Internal, 'Could not check your session.'));
      },
    );
  };
}
