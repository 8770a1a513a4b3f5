import type Database from 'better-sqlite3';
import type { SessionEvent } from '@mockloop/shared';
import type { PendingEvent, EventMethods } from '../adapter';
import { settle } from './settle';
import { EVENT_TUPLE_COLUMNS, eventFromTuple, eventToRow, type EventTuple } from './sqliteRows';
import { uniquely } from './sqliteUsers';

export const INSERT_EVENT_SQL = `INSERT INTO events
  (session_id, seq, at, actor_id, type, visibility, payload_json, payload_bin)
  VALUES (@session_id, @seq, @at, @actor_id, @type, @visibility, @payload_json, @payload_bin)`;

export function sqliteEvents(db: Database.Database): EventMethods {
  const insertEvent = db.prepare(INSERT_EVENT_SQL);
  const lastSeq = db.prepare<[string, string], { found: number | null; last: number }>(`
    SELECT (SELECT 1 FROM sessions WHERE id = ?) AS found,
           (SELECT COALESCE(MAX(seq), 0) FROM events WHERE session_id = ?) AS last`);
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

  // BEGIN IMMEDIATE takes the write lock before reading MAX(seq), so even two processes on one
  // file cannot hand out the same sequence number.
  const append = db.transaction((sessionId: string, events: readonly PendingEvent[]) => {
    const { found, last } = lastSeq.get(sessionId, sessionId) ?? { found: null, last: 0 };
    if (found === null) return null;
    return events.map((event, index): SessionEvent => {
      const stored = { sessionId, seq: last + index + 1, ...event };
      insertEvent.run(eventToRow(stored));
      return stored;
    });
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
