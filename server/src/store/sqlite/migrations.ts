import type Database from 'better-sqlite3';

/**
 * Schema history. Append a migration, never edit one that has shipped: a database records the
 * last version it ran in `PRAGMA user_version`, and start-up runs the ones after it.
 */
export const MIGRATIONS: readonly { version: number; sql: string }[] = [
  {
    version: 1,
    sql: `
      CREATE TABLE users (
        id TEXT PRIMARY KEY,
        username TEXT,
        username_key TEXT UNIQUE,
        display_name TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('guest', 'account')),
        password_hash TEXT,
        created_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE auth_sessions (
        token_hash TEXT PRIMARY KEY,
        user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL,
        last_seen_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX auth_sessions_by_user ON auth_sessions(user_id);
      CREATE INDEX auth_sessions_by_expiry ON auth_sessions(expires_at);

      -- created_by and participant user ids have no foreign key: deleted users stay referenced.
      CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('practice', 'interview')),
        title TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('active', 'completed', 'abandoned')),
        created_by TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deadline INTEGER,
        ended_at INTEGER,
        summary TEXT,
        feedback TEXT NOT NULL DEFAULT '[]'
      ) STRICT;
      CREATE INDEX sessions_newest_first ON sessions(created_at DESC, id DESC);

      CREATE TABLE session_participants (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        user_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('candidate', 'interviewer')),
        joined_at INTEGER NOT NULL,
        former INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (session_id, user_id)
      ) STRICT;
      CREATE INDEX participants_by_user ON session_participants(user_id, session_id);

      CREATE TABLE session_questions (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        question_id TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        competencies TEXT NOT NULL,
        asked_at INTEGER NOT NULL,
        deadline INTEGER,
        PRIMARY KEY (session_id, position)
      ) STRICT;
      CREATE INDEX questions_by_id ON session_questions(question_id);

      CREATE TABLE events (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        at INTEGER NOT NULL,
        actor_id TEXT,
        type TEXT NOT NULL,
        visibility TEXT NOT NULL CHECK (visibility IN ('everyone', 'interviewer', 'author')),
        payload_json TEXT,
        payload_bin BLOB,
        PRIMARY KEY (session_id, seq),
        CHECK ((payload_json IS NULL) <> (payload_bin IS NULL))
      ) STRICT;
      CREATE INDEX events_by_actor ON events(actor_id);
    `,
  },
  {
    // A client's operation id makes a re-sent event idempotent: one row per (session, actor, op).
    version: 2,
    sql: `
      ALTER TABLE events ADD COLUMN client_op_id TEXT;
      CREATE UNIQUE INDEX events_by_client_op ON events(session_id, actor_id, client_op_id)
        WHERE client_op_id IS NOT NULL;
    `,
  },
];

/** Brings the database up to the newest schema; refuses a database written by a newer server. */
export function runMigrations(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (current > latest) {
    throw new Error(
      `The database has schema version ${current}, newer than this server knows (${latest}); ` +
        'upgrade the server instead of opening it with an older one.',
    );
  }
  for (const migration of MIGRATIONS) {
    if (migration.version <= current) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    }).immediate();
  }
  return latest;
}
