/**
 * The clients of `npm run bench:realtime`: a real socket.io-client per person, and for the room
 * run a Y.Doc speaking the room's framing (`doc:sync` frames of y-protocols messages), as the
 * browser's provider does.
 */
import { io as connect, type Socket } from 'socket.io-client';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { decodeDocFrame, encodeDocFrame, PROTOCOL_VERSION, SharedDocKey } from '@mockloop/shared';

const REMOTE = Symbol('remote');

/** A plain socket with untyped events: the floor speaks no contract. */
export type BenchSocket = Socket;

export async function openSocket(url: string, cookie?: string): Promise<BenchSocket> {
  const socket = connect(url, {
    transports: ['websocket'],
    forceNew: true,
    reconnection: false,
    auth: { protocol: PROTOCOL_VERSION },
    ...(cookie ? { extraHeaders: { cookie } } : {}),
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}

export async function acked(
  socket: BenchSocket,
  event: string,
  payload: unknown,
): Promise<unknown> {
  const answer = (await socket.emitWithAck(event, payload)) as {
    ok: boolean;
    data?: unknown;
    error?: { code: string };
  };
  if (!answer.ok) throw new Error(`${event}: ${answer.error?.code ?? 'failed'}`);
  return answer.data;
}

function toBytes(frame: ArrayBuffer | Uint8Array): Uint8Array {
  return frame instanceof Uint8Array ? frame : new Uint8Array(frame);
}

/** One person's copy of a room document over its socket. */
export class BenchDoc {
  readonly doc = new Y.Doc();
  private synced: (() => void) | null = null;
  /** Called after each change that came from the server. */
  onRemote: (() => void) | null = null;

  constructor(
    private readonly socket: BenchSocket,
    readonly docIndex: number,
  ) {
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE) return;
      const encoder = encoding.createEncoder();
      syncProtocol.writeUpdate(encoder, update);
      this.send(encoding.toUint8Array(encoder));
    });
    socket.on('doc:sync', (frame: ArrayBuffer | Uint8Array) => {
      const parsed = decodeDocFrame(toBytes(frame));
      if (parsed?.docIndex !== this.docIndex) return;
      const encoder = encoding.createEncoder();
      const type = syncProtocol.readSyncMessage(
        decoding.createDecoder(parsed.body),
        encoder,
        this.doc,
        REMOTE,
      );
      if (encoding.length(encoder) > 0) this.send(encoding.toUint8Array(encoder));
      if (type === syncProtocol.messageYjsSyncStep2) this.synced?.();
      this.onRemote?.();
    });
  }

  get text(): Y.Text {
    return this.doc.getText(SharedDocKey.Code);
  }

  sync(): Promise<void> {
    const done = new Promise<void>((resolve) => {
      this.synced = resolve;
    });
    const encoder = encoding.createEncoder();
    syncProtocol.writeSyncStep1(encoder, this.doc);
    this.send(encoding.toUint8Array(encoder));
    return done;
  }

  private send(body: Uint8Array): void {
    this.socket.emit('doc:sync', encodeDocFrame(this.docIndex, body));
  }
}
