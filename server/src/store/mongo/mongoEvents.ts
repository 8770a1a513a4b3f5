import { setTimeout as sleep } from 'node:timers/promises';
import { mongo, type QueryFilter } from 'mongoose';
import type { SessionEvent } from '@mockloop/shared';
import type { PendingEvent, EventMethods } from '../adapter';
import { storeConflict } from '../errors';
import { isDuplicateKey, validateDoc } from './mongoErrors';
import { opKey, planAppend, type LogEnd } from '../planAppend';
import { eventFromDoc, eventToDoc } from './mongoMapping';
import type { EventDoc, MongoModels } from './mongoModels';

/** Appenders racing for one session retry this often before giving up. */
const MAX_ATTEMPTS = 50;

/**
 * How many documents of an ordered insert landed before a duplicate key stopped it, or `null`
 * when the error is something else.
 */
export function insertedBeforeDuplicate(error: unknown): number | null {
  if (!isDuplicateKey(error)) return null;
  return error instanceof mongo.MongoBulkWriteError ? error.insertedCount : 0;
}

/**
 * Runs appends to one session one after another within this process, so retries are only ever
 * needed against other nodes, not against our own concurrent callers.
 */
function createSessionQueue() {
  const tails = new Map<string, Promise<unknown>>();
  return function inTurn<T>(sessionId: string, work: () => Promise<T>): Promise<T> {
    const previous = tails.get(sessionId) ?? Promise.resolve();
    const result = previous.then(work, work);
    const tail = result.catch(() => undefined);
    tails.set(sessionId, tail);
    void tail.then(() => {
      if (tails.get(sessionId) === tail) tails.delete(sessionId);
    });
    return result;
  };
}

export function mongoEvents({ Session, Event }: MongoModels): EventMethods {
  const inTurn = createSessionQueue();
  /** Validated against the Mongoose schema, then written in order by the driver. */
  const insertOrdered = async (events: readonly SessionEvent[]) => {
    const docs = await Promise.all(
      events.map(async (event) => {
        const doc = new Event(eventToDoc(event));
        await validateDoc(doc);
        return doc.toObject();
      }),
    );
    await Event.collection.insertMany(docs, { ordered: true });
  };
  const logEnd = async (sessionId: string): Promise<LogEnd> => {
    const last = await Event.findOne({ sessionId }, { seq: 1, at: 1 })
      .sort({ seq: -1 })
      .lean<Pick<EventDoc, 'seq' | 'at'>>();
    return last ? { seq: last.seq, at: last.at.getTime() } : { seq: 0, at: 0 };
  };
  /** The events already stored for the operation ids in `events`, by `opKey`. */
  const storedOps = async (sessionId: string, events: readonly PendingEvent[]) => {
    const ids = events.flatMap((e) => (e.clientOpId === undefined ? [] : [e.clientOpId]));
    const found = new Map<string, SessionEvent>();
    if (ids.length === 0) return found;
    const docs = await Event.find({ sessionId, clientOpId: { $in: ids } }, { _id: 0 }).lean<
      EventDoc[]
    >();
    for (const doc of docs) {
      if (doc.actorId && doc.clientOpId) {
        found.set(opKey(doc.actorId, doc.clientOpId), eventFromDoc(doc));
      }
    }
    return found;
  };

  /**
   * Sequence numbers come from the unique (sessionId, seq) index itself: read the end of the
   * log, insert after it, and on a duplicate key (another node got there first, with a seq or
   * with the same operation id) retry what did not land. No counter can drift from the log, a
   * crash cannot leave a gap, and a reader never sees seq n+1 before seq n.
   */
  const append = async (sessionId: string, events: readonly PendingEvent[]) => {
    if (!(await Session.exists({ _id: sessionId }))) return null;
    const results: (SessionEvent | undefined)[] = events.map(() => undefined);
    for (let attempt = 1; ; attempt += 1) {
      const open = results.flatMap((result, index) => (result ? [] : [index]));
      if (open.length === 0) return results as SessionEvent[];
      const pending = open.map((index) => events[index] as PendingEvent);
      const [end, stored] = await Promise.all([logEnd(sessionId), storedOps(sessionId, pending)]);
      const { planned, writes } = planAppend(sessionId, pending, end, stored);
      let landed = writes.length;
      try {
        if (writes.length > 0) await insertOrdered(writes);
      } catch (error) {
        const before = insertedBeforeDuplicate(error);
        if (before === null) throw error;
        landed = before;
      }
      planned.forEach((plan, k) => {
        if (plan.writeIndex === null || plan.writeIndex < landed) {
          results[open[k] as number] = plan.event;
        }
      });
      if (landed < writes.length) {
        if (attempt >= MAX_ATTEMPTS) {
          throw storeConflict('Too many concurrent appends to this session; try again.');
        }
        // Another node won the race; a short random pause keeps the two from colliding again.
        await sleep(Math.random() * 5);
      }
    }
  };

  return {
    appendEvents: (sessionId, events) => inTurn(sessionId, () => append(sessionId, events)),
    async queryEvents(sessionId, { afterSeq, limit, viewer }) {
      const filter: QueryFilter<EventDoc> = { sessionId, seq: { $gt: afterSeq } };
      if (viewer) {
        filter.$or = [
          { visibility: 'everyone' },
          ...(viewer.isInterviewer ? [{ visibility: 'interviewer' }] : []),
          { visibility: 'author', actorId: viewer.userId },
        ];
      }
      let query = Event.find(filter, { _id: 0 }).sort({ seq: 1 });
      if (limit !== undefined) query = query.limit(limit);
      const docs = await query.lean<EventDoc[]>();
      return docs.map(eventFromDoc);
    },
    async insertEvents(events) {
      try {
        await insertOrdered(events);
      } catch (error) {
        if (isDuplicateKey(error))
          throw storeConflict('An event with that sequence number exists.');
        throw error;
      }
    },
  };
}
