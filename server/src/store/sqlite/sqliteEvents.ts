import type Database from 'better-sqlite3';
import type { SessionEvent } from '@mockloop/shared';
import type { PendingEvent, EventMethods } from '../adapter';
import { opKey, planAppend, type LogEnd } from '../planAppend';
import { settle } from './settle';
import { EVENT_TUPLE_COLUMNS, eventFromTuple, eventToRow, type EventTuple } from './sqliteRows';
import { uniquely } from './sqliteUsers';

export const INSERT_EVENT_SQL = `INSERT INTO events
  (session_id, seq, at, actor_id, type, visibility, payload_json, payload_bin, client_op_id)
  VALUES (@session_id, @seq, @at, @actor_id, @type, @visibility, @payload_json, @payload_bin,
    @client_op_id)`;

export function sqliteEvents(db: Database.Database): EventMethods {
  const insertEvent = db.prepare(INSERT_EVENT_SQL);
  const sessionExists = db.prepare<[string], { found: number }>(
    'SELECT 1 AS found FROM sessions WHERE id = ?',
  );
  // The last row by seq (the primary key), not MAX(at): appends keep `at` ordered along `seq`.
  const lastEvent = db.prepare<[string], LogEnd>(
    'SELECT seq, at FROM events WHERE session_id = ? ORDER BY seq DESC LIMIT 1',
  );
  const findOp = db
    .prepare<[string, string, string], EventTuple>(
      `SELECT ${EVENT_TUPLE_COLUMNS} FROM events
       WHERE session_id = ? AND actor_id = ? AND client_op_id = ?`,
    )
    .raw(true);
  // Raw arrays, not objects: reading a 10,000-event session is the hot path of replay.
  const readVisible = db
    .prepare<Record<string, unknown>, EventTuple>(
      `
    SELECT ${EVENT_TUPLE_COLUMNS} FROM events
    WHERE session_id = @sessionId AND seq > @afterSeq
      AND (@all = 1 OR visibility = 'everyone'
           OR (visibility = 'interviewer' AND @isInterviewer = 1)
           OR (visibility = 'author' AND actor_id = @viewerId))
    ORDER BY seq LIMIT @limit`,
    )
    .raw(true);

  // BEGIN IMMEDIATE takes the write lock before reading the last seq, so even two processes on one
  // file cannot hand out the same sequence number.
  const append = db.transaction((sessionId: string, events: readonly PendingEvent[]) => {
    if (!sessionExists.get(sessionId)) return null;
    const end = lastEvent.get(sessionId) ?? { seq: 0, at: 0 };
    const stored = new Map<string, SessionEvent>();
    for (const { actorId, clientOpId } of events) {
      if (actorId === null || clientOpId === undefined) continue;
      const row = findOp.get(sessionId, actorId, clientOpId);
      if (row) stored.set(opKey(actorId, clientOpId), eventFromTuple(row));
    }
    const { planned, writes } = planAppend(sessionId, events, end, stored);
    for (const event of writes) insertEvent.run(eventToRow(event));
    return planned.map((plan) => plan.event);
  });
  const insertMany = db.transaction((events: readonly SessionEvent[]) => {
    for (const event of events) insertEvent.run(eventToRow(event));
  });

  return {
    appendEvents: (sessionId, events) => settle(() => append.immediate(sessionId, events)),
    queryEvents: (sessionId, { afterSeq, limit, viewer }) =>
      settle(() =>
        readVisible
          .all({
            sessionId,
            afterSeq,
            all: viewer === null ? 1 : 0,
            isInterviewer: viewer?.isInterviewer ? 1 : 0,
            viewerId: viewer?.userId ?? null,
            limit: limit ?? -1,
          })
          .map(eventFromTuple),
      ),
    insertEvents: (events) =>
      settle(() =>
        uniquely(() => insertMany.immediate(events), 'An event with that sequence number exists.'),
      ),
  };
}
