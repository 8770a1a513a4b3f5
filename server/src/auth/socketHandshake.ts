import type { IncomingMessage } from 'node:http';
import type { Logger } from '../logger';
import type { IoServer } from '../realtime/createSocketServer';
import { crossOriginRefusal, type OriginPolicy } from './checkOrigin';
import { readSessionToken } from './cookies';
import type { AuthService } from './createAuthService';

type HandshakeVerdict = (refusal: string | null, allowed: boolean) => void;

/**
 * Refuses a socket handshake at the transport, before Engine.IO opens a connection: a foreign
 * origin ([AR7]) or no live sign-in ([AR0]) gets a 403 carrying the reason. Refusing later, in
 * the namespace, would leave each refused client's engine connection open until its connect
 * timeout (45 s), which lets anyone hold thousands of them. `socketAuth` still binds the user.
 */
export function guardSocketHandshakes(
  io: IoServer,
  { auth, policy, log }: { auth: AuthService; policy: OriginPolicy; log: Logger },
): void {
  // Engine.IO reads `allowRequest` at each handshake, so setting it here equals passing it to
  // `new Server()`, and keeps the realtime wiring free of auth concerns.
  io.engine.opts.allowRequest = (req: IncomingMessage, verdict: HandshakeVerdict) => {
    const foreign = crossOriginRefusal(req, policy);
    if (foreign !== undefined) {
      verdict('Cross-site socket refused.', false);
      return;
    }
    const token = readSessionToken(req.headers.cookie);
    if (!token) {
      verdict('Sign in or continue as a guest first.', false);
      return;
    }
    auth.resolve(token).then(
      (resolved) =>
        resolved ? verdict(null, true) : verdict('Your session has expired; sign in again.', false),
      (error: unknown) => {
        log.error({ err: error }, 'socket handshake check failed');
        verdict('Could not check your session.', false);
      },
    );
  };
}
