import type Database from 'better-sqlite3';
import type { Feedback, User } from '@mockloop/shared';
import { usernameKey, type UserMethods } from '../adapter';
import { storeConflict, storeInvalid } from '../errors';
import { nullOr, settle } from './settle';
import { authSessionFromRow, userFromRow, type AuthSessionRow, type UserRow } from './sqliteRows';

export function sqliteErrorCode(error: unknown): string | undefined {
  return error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

/** Runs a write; a unique-constraint failure becomes a readable conflict. */
export function uniquely<T>(write: () => T, message: string): T {
  try {
    return write();
  } catch (error) {
    const code = sqliteErrorCode(error);
    if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
      throw storeConflict(message);
    }
    if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') throw storeInvalid('record', 'refers to nothing');
    throw error;
  }
}

export function sqliteUsers(db: Database.Database): UserMethods {
  const insertUser = db.prepare(`INSERT INTO users
    (id, username, username_key, display_name, kind, password_hash, created_at)
    VALUES (@id, @username, @usernameKey, @displayName, @kind, @passwordHash, @createdAt)`);
  const getUser = db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?');
  const byKey = db.prepare<[string], UserRow>('SELECT * FROM users WHERE username_key = ?');
  const updateUser = db.prepare(`UPDATE users SET username = @username,
    username_key = @usernameKey, display_name = @displayName, kind = @kind,
    password_hash = @passwordHash WHERE id = @id`);
  const userSessionIds = db.prepare<[string], { session_id: string; others: number }>(`
    SELECT p.session_id, (SELECT COUNT(*) FROM session_participants o
      WHERE o.session_id = p.session_id AND o.user_id <> p.user_id AND o.former = 0) AS others
    FROM session_participants p WHERE p.user_id = ?`);
  const deleteSession = db.prepare('DELETE FROM sessions WHERE id = ?');
  const markFormer = db.prepare(
    'UPDATE session_participants SET former = 1 WHERE session_id = ? AND user_id = ?',
  );
  const eraseAuthorOnly = db.prepare(`UPDATE events SET payload_json = 'null', payload_bin = NULL
    WHERE session_id = ? AND actor_id = ? AND visibility = 'author'`);
  const deleteUser = db.prepare('DELETE FROM users WHERE id = ?');

  const dropDuplicateParticipant = db.prepare(`DELETE FROM session_participants
    WHERE user_id = @from AND session_id IN
      (SELECT session_id FROM session_participants WHERE user_id = @to)`);
  const moveParticipants = db.prepare(
    'UPDATE session_participants SET user_id = @to WHERE user_id = @from',
  );
  const touchSessions = db.prepare(
    'UPDATE sessions SET updated_at = @now WHERE id IN (SELECT value FROM json_each(@ids))',
  );
  const moveCreator = db.prepare('UPDATE sessions SET created_by = @to WHERE created_by = @from');
  const moveActor = db.prepare('UPDATE events SET actor_id = @to WHERE actor_id = @from');
  const feedbackOf = db.prepare<[string], { id: string; feedback: string }>(`
    SELECT id, feedback FROM sessions WHERE id IN (SELECT value FROM json_each(?))`);
  const setFeedback = db.prepare('UPDATE sessions SET feedback = ? WHERE id = ?');

  const insertAuth = db.prepare(`INSERT INTO auth_sessions
    (token_hash, user_id, created_at, expires_at, last_seen_at)
    VALUES (@tokenHash, @userId, @createdAt, @expiresAt, @lastSeenAt)`);
  const findAuth = db.prepare<[string], AuthSessionRow>(
    'SELECT * FROM auth_sessions WHERE token_hash = ?',
  );
  const touchAuth = db.prepare(`UPDATE auth_sessions SET last_seen_at = @lastSeenAt,
    expires_at = @expiresAt WHERE token_hash = @tokenHash`);
  const deleteAuth = db.prepare('DELETE FROM auth_sessions WHERE token_hash = ?');
  const deleteUserAuth = db.prepare('DELETE FROM auth_sessions WHERE user_id = ?');
  const deleteExpired = db.prepare('DELETE FROM auth_sessions WHERE expires_at <= ?');

  const userParams = (user: Omit<User, 'id' | 'createdAt'>) => ({
    username: user.username,
    usernameKey: user.username === null ? null : usernameKey(user.username),
    displayName: user.displayName,
    kind: user.kind,
    passwordHash: user.passwordHash,
  });

  const removeUser = db.transaction((id: string): boolean => {
    for (const { session_id, others } of userSessionIds.all(id)) {
      if (others === 0) {
        deleteSession.run(session_id);
      } else {
        markFormer.run(session_id, id);
        eraseAuthorOnly.run(session_id, id);
      }
    }
    return deleteUser.run(id).changes > 0;
  });

  const adopt = db.transaction((from: string, to: string, now: number): number => {
    const ids = JSON.stringify(userSessionIds.all(from).map((row) => row.session_id));
    dropDuplicateParticipant.run({ from, to });
    moveParticipants.run({ from, to });
    moveCreator.run({ from, to });
    moveActor.run({ from, to });
    for (const row of feedbackOf.all(ids)) {
      const feedback = JSON.parse(row.feedback) as Feedback[];
      if (!feedback.some((f) => f.authorId === from)) continue;
      const moved = feedback.map((f) => (f.authorId === from ? { ...f, authorId: to } : f));
      setFeedback.run(JSON.stringify(moved), row.id);
    }
    return touchSessions.run({ ids, now }).changes;
  });

  return {
    insertUser: (user) =>
      settle(() => {
        if (getUser.get(user.id)) throw storeConflict('A user with that id exists already.');
        const params = { ...userParams(user), id: user.id, createdAt: user.createdAt };
        uniquely(() => insertUser.run(params), 'That username is taken.');
      }),
    getUser: (id) => settle(() => nullOr(getUser.get(id), userFromRow)),
    findUserByUsernameKey: (key) => settle(() => nullOr(byKey.get(key), userFromRow)),
    updateUser: (id, patch) =>
      settle(() => {
        const row = getUser.get(id);
        if (!row) return null;
        const next = { ...userFromRow(row), ...patch };
        uniquely(() => updateUser.run({ ...userParams(next), id }), 'That username is taken.');
        return next;
      }),
    deleteUser: (id) => settle(() => removeUser.immediate(id)),
    adoptSessions: (from, to, now) => settle(() => adopt.immediate(from, to, now)),
    insertAuthSession: (session) =>
      settle(() => {
        uniquely(() => insertAuth.run(session), 'That auth session exists already.');
      }),
    findAuthSession: (tokenHash) =>
      settle(() => nullOr(findAuth.get(tokenHash), authSessionFromRow)),
    touchAuthSession: (tokenHash, times) =>
      settle(() => touchAuth.run({ tokenHash, ...times }).changes > 0),
    deleteAuthSession: (tokenHash) =>
      settle(() => {
        deleteAuth.run(tokenHash);
      }),
    deleteUserAuthSessions: (userId) => settle(() => deleteUserAuth.run(userId).changes),
    deleteExpiredAuthSessions: (now) => settle(() => deleteExpired.run(now).changes),
  };
}
