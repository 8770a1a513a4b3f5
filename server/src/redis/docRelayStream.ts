import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { Logger } from '../logger';

/** The stream every node appends accepted document updates to, and reads the others' from. */
export const DOC_RELAY_STREAM = 'mockloop:doc-relay';
/** Entries kept (approximately): minutes of typing, far more than a reconnect needs. */
const MAX_ENTRIES = 10_000;
const BLOCK_MS = 5_000;

/** A document update another node accepted (and stored). */
export type OnRelayed = (sessionId: string, docIndex: number, update: Uint8Array) => void;

export interface DocRelayStream {
  /** Tells the other nodes of an update this node accepted. */
  publish(sessionId: string, docIndex: number, update: Uint8Array): void;
  /** Stops reading; the connections are closed with the Redis services. */
  stop(): void;
}

function fieldsOf(flat: Buffer[]): Map<string, Buffer> {
  const fields = new Map<string, Buffer>();
  for (let i = 0; i + 1 < flat.length; i += 2) fields.set(flat[i]!.toString(), flat[i + 1]!);
  return fields;
}

/**
 * Document updates between nodes through a Redis stream rather than pub/sub (which
 * `io.serverSideEmit` uses): a stream keeps what was appended while a node's connection was
 * down or Redis restarted (append-only file), and each node reads on from the last entry it saw,
 * so no update is lost to a blip. A node starting up first replays the last `replayMs` of
 * entries: updates other nodes accepted but may not have written to the store yet. `writer` and
 * `reader` are `blocking` connections (they wait for Redis to come back); `reader` is used for
 * nothing else, since XREAD blocks it.
 */
export function startDocRelayStream(
  writer: Redis,
  reader: Redis,
  log: Logger,
  onRelayed: OnRelayed,
  replayMs: number,
): DocRelayStream {
  const node = randomUUID();
  let stopped = false;

  /** Where a node starts reading: `replayMs` back, by Redis's clock (entry ids are its time). */
  async function startId(): Promise<string> {
    const [seconds] = await reader.time();
    return `${Number(seconds) * 1000 - replayMs}-0`;
  }

  function deliver(flat: Buffer[]): void {
    const fields = fieldsOf(flat);
    const [from, session, doc, update] = ['node', 'session', 'doc', 'update'].map((name) =>
      fields.get(name),
    );
    if (!from || !session || !doc || !update || from.toString() === node) return;
    onRelayed(session.toString(), Number(doc.toString()), new Uint8Array(update));
  }

  async function read(): Promise<void> {
    // An explicit id, never `$`: entries appended while a read was being retried are kept.
    let lastId: string | undefined;
    while (!stopped) {
      try {
        lastId ??= await startId();
        const streams = await reader.xreadBuffer(
          'BLOCK',
          BLOCK_MS,
          'STREAMS',
          DOC_RELAY_STREAM,
          lastId,
        );
        for (const [, entries] of streams ?? []) {
          for (const [id, flat] of entries) {
            lastId = id.toString();
            deliver(flat);
          }
        }
      } catch (error) {
        if (stopped) return;
        log.warn({ err: error }, 'reading relayed document updates failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  read().catch((error: unknown) => {
    if (!stopped) log.error({ err: error }, 'relayed document updates stopped');
  });

  return {
    publish(sessionId, docIndex, update) {
      writer
        .xadd(
          DOC_RELAY_STREAM,
          'MAXLEN',
          '~',
          MAX_ENTRIES,
          '*',
          'node',
          node,
          'session',
          sessionId,
          'doc',
          String(docIndex),
          'update',
          Buffer.from(update),
        )
        .catch((error: unknown) => {
          log.error({ err: error, sessionId }, 'relaying a document update failed');
        });
    },
    stop() {
      stopped = true;
    },
  };
}
