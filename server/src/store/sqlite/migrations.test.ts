import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, runMigrations } from './migrations';
import { openSqliteAdapter, SQLITE_FILE_NAME } from './openSqliteAdapter';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-migrate-'));
  dirs.push(dir);
  return dir;
};

describe('SQLite migrations', () => {
  it('brings a new file to the latest version once, and re-running changes nothing', () => {
    const db = new Database(path.join(tempDir(), 'x.sqlite'));
    const latest = MIGRATIONS.at(-1)?.version;
    expect(runMigrations(db)).toBe(latest);
    expect(db.pragma('user_version', { simple: true })).toBe(latest);
    expect(() => runMigrations(db)).not.toThrow();
    const tables = db
      .prepare<[], { name: string }>(
        "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name",
      )
      .all()
      .map((row) => row.name);
    expect(tables).toEqual([
      'auth_sessions',
      'events',
      'session_participants',
      'session_questions',
      'sessions',
      'users',
    ]);
    db.close();
  });

  it('refuses a database written by a newer server', () => {
    const dir = tempDir();
    const db = new Database(path.join(dir, SQLITE_FILE_NAME));
    db.pragma('user_version = 999');
    db.close();
    expect(() => openSqliteAdapter(dir)).toThrow(/schema version 999/);
  });

  it('opens the file in WAL mode with foreign keys on', async () => {
    const dir = tempDir();
    const adapter = openSqliteAdapter(dir);
    await adapter.close();
    const db = new Database(path.join(dir, SQLITE_FILE_NAME));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});
