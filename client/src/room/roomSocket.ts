import type {
  Ack,
  AckDataOf,
  AckedEventName,
  ClientEvents,
  PayloadOf,
  WireBytes,
} from '@mockloop/shared';
import type { AppSocket } from '../realtime/socket';
import { RoomRequestError } from './RoomController';
import type { DocChannel, DocWire } from './docs/SocketYjsProvider';

/** How long a room request may wait for its ack before it counts as failed. */
const REQUEST_TIMEOUT_MS = 15_000;

type AckedRoomEvent = AckedEventName<ClientEvents>;

/**
 * Emits an acked room event and resolves with its data; a refusal, a timeout or a dropped
 * socket rejects with a `RoomRequestError` whose message can be shown as it is.
 */
export async function emitRoomRequest<E extends AckedRoomEvent>(
  socket: AppSocket,
  event: E,
  payload: PayloadOf<ClientEvents[E]>,
): Promise<AckDataOf<ClientEvents[E]>> {
  if (!socket.connected) {
    throw new RoomRequestError('offline', 'You are offline; try again once you are connected.');
  }
  // Socket.IO's typings cannot follow a generic event name to its ack; the table guarantees it.
  const sender = socket.timeout(REQUEST_TIMEOUT_MS) as unknown as {
    emitWithAck(event: string, payload: unknown): Promise<Ack<AckDataOf<ClientEvents[E]>>>;
  };
  let ack: Ack<AckDataOf<ClientEvents[E]>>;
  try {
    ack = await sender.emitWithAck(event, payload);
  } catch {
    throw new RoomRequestError('timeout', 'The server did not answer in time; try again.');
  }
  if (!ack.ok) throw new RoomRequestError(ack.error.code, ack.error.message);
  return ack.data;
}

/** Bytes as they arrive, as one type: a browser gets an `ArrayBuffer`, Node a `Buffer`. */
export function toBytes(bytes: WireBytes): Uint8Array {
  return bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
}

const EVENTS = { sync: 'doc:sync', awareness: 'doc:awareness' } as const;

/** The room's doc frames over the app's socket. */
export function socketDocWire(socket: AppSocket): DocWire {
  return {
    send(channel: DocChannel, frame: Uint8Array) {
      // Socket.IO sends the bytes as they are; a view on a shared buffer would need a copy.
      const bytes =
        frame.buffer instanceof ArrayBuffer ? (frame as Uint8Array<ArrayBuffer>) : frame.slice();
      socket.emit(EVENTS[channel], bytes);
    },
    listen(channel, listener) {
      const handler = (bytes: WireBytes) => listener(toBytes(bytes));
      socket.on(EVENTS[channel], handler);
      return () => {
        socket.off(EVENTS[channel], handler);
      };
    },
  };
}
