import type { Logger } from '../../logger';
import { startDocRelayStream } from '../../redis/docRelayStream';
import type { RedisServices } from '../../redis/createRedisServices';
import type { SyncedRoomDocs } from './createRoomDocs';
import { RECENT_UPDATES_MS } from './RecentUpdates';

/**
 * Several nodes: each node keeps its own copy of a room's documents, so every update a socket
 * makes on one node goes to the others (a Redis stream), which apply it to their copy without
 * storing it: the node that accepted it stores it, once. The peers' sockets already got it from
 * the accepting node's broadcast (the Socket.IO adapter). Returns the stop.
 */
export function relayDocUpdates(
  redis: RedisServices,
  docs: SyncedRoomDocs,
  log: Logger,
): () => void {
  const relay = startDocRelayStream(
    redis.adapter,
    redis.relayReader,
    log,
    (sessionId, docIndex, update) => docs.applyRelayed(sessionId, docIndex, update),
    RECENT_UPDATES_MS,
  );
  docs.onAccepted((sessionId, docIndex, update) => relay.publish(sessionId, docIndex, update));
  return () => relay.stop();
}
