import { decodeDocFrame, encodeDocFrame } from '@mockloop/shared';
import { messageYjsSyncStep1 } from 'y-protocols/sync';
import { onClientEvent } from '../../realtime/onClientEvent';
import type { IoServer, IoSocket } from '../../realtime/ioTypes';
import { allChannel } from '../roomChannels';
import type { RoomDeps } from '../types';
import type { SyncedRoomDocs } from './createRoomDocs';
import { SocketOrigin, type LiveDoc } from './LiveDoc';
import { registerPresentHandler } from '../present/registerPresentHandler';
import { registerRunHandler, type RunGate } from '../runs/registerRunHandler';
import { readSyncMessage, syncMessageType, syncStep1Message } from './syncMessages';

/** The doc handlers' deps: the room's, with the documents' sync side and the run gate. */
export type DocDeps = Omit<RoomDeps, 'docs'> & { docs: SyncedRoomDocs; runs: RunGate };

/**
 * `doc:sync` and `doc:awareness` for the room the socket joined, plus `room:present` and
 * `room:run`, which create and read the documents. Frames from a socket that joined no room, or
 * naming a document the room does not have, are dropped without a word (they are
 * fire-and-forget; `onDropped` counts them).
 */
export function registerDocHandlers(io: IoServer, socket: IoSocket, deps: DocDeps): void {
  const { hub, docs } = deps;
  // Documents this socket announced awareness in, to clear when it goes.
  const announcedIn = new Set<LiveDoc>();

  async function openFrame(bytes: Uint8Array) {
    const frame = decodeDocFrame(bytes);
    if (!frame) throw new Error('not a doc frame');
    const sessionId = socket.data.room?.sessionId;
    if (!sessionId) throw new Error('the socket joined no room');
    // [AR1] Checks the socket is still a participant of the room it joined.
    const { room } = await hub.member(socket, sessionId);
    const live = await docs.open(room, frame.docIndex);
    if (!live) throw new Error(`the room has no document ${frame.docIndex}`);
    return { room, live, body: frame.body };
  }

  onClientEvent(
    socket,
    'doc:sync',
    async (bytes) => {
      const { room, live, body } = await openFrame(bytes);
      const type = syncMessageType(body);
      if (room.log().finished && type !== messageYjsSyncStep1) {
        throw new Error('the interview is over; its documents are read-only');
      }
      // A change is relayed to the others and stored by the document's update listener.
      const reply = readSyncMessage(live.doc, body, new SocketOrigin(socket));
      if (type !== messageYjsSyncStep1) return;
      // On every (re)join: what the socket lacks, then what the server lacks (the socket's
      // offline edits come back in its step 2), then who else is here.
      if (reply) socket.emit('doc:sync', encodeDocFrame(live.docIndex, reply));
      socket.emit('doc:sync', encodeDocFrame(live.docIndex, syncStep1Message(live.doc)));
      const states = live.awarenessStates();
      if (states) socket.emit('doc:awareness', encodeDocFrame(live.docIndex, states));
    },
    deps,
  );

  onClientEvent(
    socket,
    'doc:awareness',
    async (bytes) => {
      const { room, live, body } = await openFrame(bytes);
      live.applyAwareness(body, socket.id);
      announcedIn.add(live);
      socket.to(allChannel(room.sessionId)).emit('doc:awareness', bytes);
    },
    deps,
  );

  socket.on('disconnect', () => {
    for (const live of announcedIn) {
      const removal = live.dropSocket(socket.id);
      if (removal) {
        io.to(allChannel(live.sessionId)).emit(
          'doc:awareness',
          encodeDocFrame(live.docIndex, removal),
        );
      }
    }
    announcedIn.clear();
  });

  registerPresentHandler(io, socket, deps);
  registerRunHandler(io, socket, deps);
}
