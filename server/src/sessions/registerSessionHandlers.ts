import { toSocketEvent } from '@mockloop/shared';
import { readVisibleEvents } from '../auth/access';
import type { HandlerDeps, IoServer, IoSocket } from '../realtime/ioTypes';
import { onClientEvent } from '../realtime/onClientEvent';

/** `session:*`: reading a session's log as the caller may see it ([AR1]–[AR3]). */
export function registerSessionHandlers(_io: IoServer, socket: IoSocket, deps: HandlerDeps): void {
  const { user } = socket.data;
  onClientEvent(
    socket,
    'session:events',
    async ({ sessionId, afterSeq }) => {
      const query = afterSeq === undefined ? {} : { afterSeq };
      const events = await readVisibleEvents(deps.store, sessionId, user, query);
      return { events: events.map(toSocketEvent) };
    },
    deps,
  );
}
