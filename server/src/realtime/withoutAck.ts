import {
  describeZodError,
  type ClientEventSpec,
  type PayloadOf,
  type UnackedHandler,
} from '@mockloop/shared';
import type { Logger } from '../logger';

/** Called for each fire-and-forget event that was dropped: invalid, or its handler failed. */
export type OnDropped = (event: string, reason: string) => void;

/**
 * Wraps a handler for a fire-and-forget event (editor updates, cursors): the payload is checked
 * against the event's schema like any other, but nothing is ever sent back, not even for an
 * invalid one, which is dropped and reported to `onDropped`. Answering each bad update of a
 * high-rate stream would double its traffic for no reader.
 */
export function withoutAck<S extends ClientEventSpec>(
  event: string,
  spec: S,
  handler: UnackedHandler<S>,
  onDropped: OnDropped,
): (payload: unknown) => Promise<void> {
  return async (payload) => {
    const parsed = spec.payload.safeParse(payload);
    if (!parsed.success) {
      onDropped(event, describeZodError(parsed.error));
      return;
    }
    try {
      await handler(parsed.data as PayloadOf<S>);
    } catch (error) {
      onDropped(event, error instanceof Error ? error.message : 'handler failed');
    }
  };
}

/**
 * Counts a socket's dropped events and logs the first and then every hundredth, so a client
 * that floods bad updates cannot flood the log as well.
 */
export function countDrops(log: Logger): OnDropped & { readonly count: () => number } {
  let dropped = 0;
  const onDropped = (event: string, reason: string) => {
    dropped += 1;
    if (dropped === 1 || dropped % 100 === 0) {
      log.warn({ event, reason, dropped }, 'socket event dropped');
    }
  };
  return Object.assign(onDropped, { count: () => dropped });
}
