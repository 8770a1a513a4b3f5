import type { IoServer, IoSocket } from '../realtime/ioTypes';
import { readSessionToken } from './cookies';
import type { AuthService, Revocation } from './createAuthService';
import { hashToken } from './tokens';

/*
 * A socket lives only as long as the sign-in it was opened with. Each socket sits in a channel
 * of its sign-in (by the token's hash) and one of its user; a revocation disconnects a channel.
 * With the Redis adapter `io.in(channel).disconnectSockets()` reaches every node, so a sign-out
 * on one node drops the user's sockets on all of them. Channel names never reach a client.
 */

function tokenChannel(tokenHash: string): string {
  return `auth:token:${tokenHash}`;
}

function userChannel(userId: string): string {
  return `auth:user:${userId}`;
}

/** Puts a connected socket in its sign-in's and its user's channels. */
export async function joinRevocationChannels(socket: IoSocket): Promise<void> {
  const token = readSessionToken(socket.handshake.headers.cookie);
  const channels = [userChannel(socket.data.user.id)];
  if (token) channels.push(tokenChannel(hashToken(token)));
  await socket.join(channels);
}

/** The channel a revocation ends: one sign-in's sockets, or every socket of a user. */
export function revokedChannel(revoked: Revocation): string {
  return 'tokenHash' in revoked ? tokenChannel(revoked.tokenHash) : userChannel(revoked.userId);
}

/** Disconnects, on every node, the sockets of each sign-in `auth` revokes. */
export function dropRevokedSockets(io: IoServer, auth: AuthService): () => void {
  return auth.onRevoked((revoked) => {
    io.in(revokedChannel(revoked)).disconnectSockets(true);
  });
}
