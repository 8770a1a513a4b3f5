import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { StoreAdapter } from '../adapter';
import type { DataRecord } from '../port';
import { runMigrations } from './migrations';
import { settle } from './settle';
import {
  authSessionFromRow,
  eventFromRow,
  SESSION_COLUMNS,
  sessionFromRow,
  userFromRow,
  type AuthSessionRow,
  type EventRow,
  type SessionRow,
  type UserRow,
} from './sqliteRows';
import { sqliteEvents } from './sqliteEvents';
import { sqliteSessions } from './sqliteSessions';
import { sqliteUsers } from './sqliteUsers';

export const SQLITE_FILE_NAME = 'mockloop.sqlite';
const PAGE = 1000;

/**
 * Opens (creating if needed) `<dataDir>/mockloop.sqlite`: WAL, foreign keys, full sync so a
 * committed append survives power loss, and every pending migration applied.
 */
export function openSqliteAdapter(dataDir: string): StoreAdapter {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, SQLITE_FILE_NAME);
  const db = new Database(file);
  try {
    configure(db);
    runMigrations(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return {
    description: `sqlite:${file}`,
    ...sqliteUsers(db),
    ...sqliteSessions(db),
    ...sqliteEvents(db),
    exportAll: () => exportAll(db),
    isEmpty: () =>
      settle(() => {
        const row = db
          .prepare<[], { any: number }>(
            `SELECT EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM sessions)
               OR EXISTS (SELECT 1 FROM auth_sessions) AS any`,
          )
          .get();
        return row?.any !== 1;
      }),
    close: () =>
      settle(() => {
        if (db.open) db.close();
      }),
  };
}

export function configure(db: Database.Database): void {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Another process (an export while the server runs) may hold the lock briefly.
  db.pragma('busy_timeout = 5000');
}

/**
 * Reads in pages rather than holding one open cursor, because better-sqlite3 forbids other
 * statements on the connection while a cursor is open and the consumer may be slow. Between
 * pages it yields to the event loop so a running server stays responsive.
 */
async function* exportAll(db: Database.Database): AsyncGenerator<DataRecord> {
  const users = db.prepare<[string, number], UserRow>(
    'SELECT * FROM users WHERE id > ? ORDER BY id LIMIT ?',
  );
  for (let after = ''; ;) {
    await breathe();
    const rows = users.all(after, PAGE);
    for (const row of rows) yield { type: 'user', user: userFromRow(row) };
    if (rows.length < PAGE) break;
    after = rows.at(-1)?.id ?? after;
  }
  const sessions = db.prepare<[string, number], SessionRow>(
    `SELECT ${SESSION_COLUMNS} FROM sessions s WHERE s.id > ? ORDER BY s.id LIMIT ?`,
  );
  const events = db.prepare<[string, number, number], EventRow>(
    'SELECT * FROM events WHERE session_id = ? AND seq > ? ORDER BY seq LIMIT ?',
  );
  for (let after = ''; ;) {
    await breathe();
    const rows = sessions.all(after, PAGE);
    for (const row of rows) {
      yield { type: 'session', session: sessionFromRow(row) };
      for (let seq = 0; ;) {
        const page = events.all(row.id, seq, PAGE);
        for (const event of page) yield { type: 'event', event: eventFromRow(event) };
        if (page.length < PAGE) break;
        seq = page.at(-1)?.seq ?? seq;
      }
    }
    if (rows.length < PAGE) break;
    after = rows.at(-1)?.id ?? after;
  }
  const auth = db.prepare<[], AuthSessionRow>('SELECT * FROM auth_sessions ORDER BY token_hash');
  for (const row of auth.all()) yield { type: 'authSession', authSession: authSessionFromRow(row) };
}

function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
