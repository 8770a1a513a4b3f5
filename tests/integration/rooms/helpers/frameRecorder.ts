import type { TestSocket } from '../../helpers/startTestServer';

/** One packet as it came off the wire, and the text a search looks through. */
export interface RecordedFrame {
  /** The raw packet: a Socket.IO text packet, or binary bytes decoded as UTF-8. */
  raw: string;
  /** `raw` plus every string inside it after JSON decoding, so escaped text is found as written. */
  searchable: string;
}

/** Everything one socket received, for a test to search for text that must not be there. */
export interface FrameRecorder {
  frames(): readonly RecordedFrame[];
  /** Frames whose text contains `needle`. */
  framesWith(needle: string): RecordedFrame[];
  /** Of `needles`, those found in any frame (an empty list means none leaked). */
  found(needles: Iterable<string>): string[];
  /** Forgets what was recorded so far (e.g. from the moment a role changed). */
  clear(): void;
  stop(): void;
}

function stringLeaves(value: unknown, into: string[]): void {
  if (typeof value === 'string') into.push(value);
  else if (Array.isArray(value)) for (const item of value) stringLeaves(item, into);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      into.push(key);
      stringLeaves(item, into);
    }
  }
}

function decode(data: unknown): string {
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  if (ArrayBuffer.isView(data)) {
    return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  }
  return JSON.stringify(data) ?? '';
}

function searchableText(raw: string): string {
  // A Socket.IO packet is a type digit, maybe an attachment count, namespace and ack id, then JSON.
  const start = raw.search(/[[{]/);
  const leaves: string[] = [raw];
  if (start >= 0) {
    try {
      stringLeaves(JSON.parse(raw.slice(start)), leaves);
    } catch {
      // Not JSON (a ping, binary bytes): the raw text is searched as it is.
    }
  }
  return leaves.join('\n');
}

/**
 * Records EVERY engine.io packet `socket` receives from now on (events, acks, binary
 * attachments, and again after a reconnect), below Socket.IO's own dispatch, so nothing a
 * handler emitted, to whichever channel, escapes the search. Attach it before the socket joins.
 */
export function recordFrames(socket: TestSocket): FrameRecorder {
  let frames: RecordedFrame[] = [];
  let attachedTo: unknown = null;
  const onPacket = (packet: { type: string; data?: unknown }) => {
    if (packet.type !== 'message' || packet.data === undefined) return;
    const raw = decode(packet.data);
    frames.push({ raw, searchable: searchableText(raw) });
  };
  const attach = () => {
    const engine = socket.io.engine;
    if (attachedTo === engine) return;
    attachedTo = engine;
    engine.on('packet', onPacket);
  };
  attach();
  socket.io.on('open', attach);

  return {
    frames: () => frames,
    framesWith: (needle) => frames.filter((f) => f.searchable.includes(needle)),
    found(needles) {
      return [...needles].filter((needle) => frames.some((f) => f.searchable.includes(needle)));
    },
    clear() {
      frames = [];
    },
    stop() {
      socket.io.engine.off('packet', onPacket);
      socket.io.off('open', attach);
    },
  };
}
