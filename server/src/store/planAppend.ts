import type { SessionEvent } from '@mockloop/shared';
import type { PendingEvent } from './adapter';

/** Where the log ends: the last event's seq and time (0 and 0 for an empty log). */
export interface LogEnd {
  seq: number;
  at: number;
}

/** One input event's outcome: the event to return, and its index among the writes, if new. */
export interface PlannedEvent {
  event: SessionEvent;
  writeIndex: number | null;
}

/** The key a re-sent operation is recognised by within one session. */
export function opKey(actorId: string, clientOpId: string): string {
  return `${actorId}\u0000${clientOpId}`;
}

/**
 * Decides, for one batch, which events are re-sends and which are new, and numbers the new
 * ones after `end`. Both adapters run their append through this, so they agree on the rules:
 * - an event whose (actor, clientOpId) is already stored, in `stored` or earlier in the same
 *   batch, is not written again; the event already stored stands for it;
 * - `at` never goes backwards along `seq`: an event stamped earlier than the one before it (a
 *   batched edit queued before an immediate append, or a clock step) takes the earlier one's
 *   time, so a replay ordered by seq is also ordered by time.
 */
export function planAppend(
  sessionId: string,
  events: readonly PendingEvent[],
  end: LogEnd,
  stored: ReadonlyMap<string, SessionEvent>,
): { planned: PlannedEvent[]; writes: SessionEvent[] } {
  const writes: SessionEvent[] = [];
  const inBatch = new Map<string, PlannedEvent>();
  let { seq, at } = end;
  const planned = events.map((pending): PlannedEvent => {
    const key =
      pending.actorId === null || pending.clientOpId === undefined
        ? null
        : opKey(pending.actorId, pending.clientOpId);
    const earlier = key === null ? undefined : stored.get(key);
    if (earlier) return { event: earlier, writeIndex: null };
    const sameBatch = key === null ? undefined : inBatch.get(key);
    if (sameBatch) return sameBatch;
    seq += 1;
    at = Math.max(at, pending.at);
    const { clientOpId, ...fields } = pending;
    const event: SessionEvent = {
      sessionId,
      seq,
      ...fields,
      at,
      ...(clientOpId === undefined ? {} : { clientOpId }),
    };
    const plan = { event, writeIndex: writes.length };
    writes.push(event);
    if (key !== null) inBatch.set(key, plan);
    return plan;
  });
  return { planned, writes };
}
