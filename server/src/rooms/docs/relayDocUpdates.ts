import type { IoServer } from '../../realtime/ioTypes';
import type { SyncedRoomDocs } from './createRoomDocs';

/**
 * Several nodes: each node keeps its own copy of a room's documents, so every update a socket
 * makes on one node is sent to the others (`doc:relay`, through the Redis adapter), which apply
 * it to their copy without storing it: the node that accepted it stores it, once. The peers'
 * sockets already got it from the accepting node's broadcast.
 */
export function relayDocUpdates(io: IoServer, docs: SyncedRoomDocs): void {
  docs.onAccepted((sessionId, docIndex, update) => {
    io.serverSideEmit('doc:relay', sessionId, docIndex, update);
  });
  io.on('doc:relay', (sessionId, docIndex, update) => {
    // msgpack hands binary back as a Uint8Array view; copy it so Yjs owns its bytes.
    docs.applyRelayed(sessionId, docIndex, new Uint8Array(update));
  });
}
