import type Database from 'better-sqlite3';
import type { Participant, Session, SessionQuestion } from '@mockloop/shared';
import type { SessionMethods } from '../adapter';
import type { TimedSession } from '../port';
import { nullOr, settle } from './settle';
import { SESSION_COLUMNS, sessionFromRow, type SessionRow } from './sqliteRows';
import { uniquely } from './sqliteUsers';

export function sqliteSessions(db: Database.Database): SessionMethods {
  const insertSession = db.prepare(`INSERT INTO sessions (id, kind, title, status, created_by,
    created_at, updated_at, deadline, ended_at, summary, feedback) VALUES (@id, @kind, @title,
    @status, @createdBy, @createdAt, @updatedAt, @deadline, @endedAt, @summary, @feedback)`);
  const insertParticipant = db.prepare(`INSERT INTO session_participants
    (session_id, user_id, position, role, joined_at, former)
    VALUES (@sessionId, @userId,
      (SELECT COUNT(*) FROM session_participants WHERE session_id = @sessionId),
      @role, @joinedAt, @former)`);
  const insertQuestion = db.prepare(`INSERT INTO session_questions
    (session_id, position, question_id, content_hash, competencies, asked_at, deadline)
    VALUES (@sessionId, (SELECT COUNT(*) FROM session_questions WHERE session_id = @sessionId),
      @questionId, @contentHash, @competencies, @askedAt, @deadline)`);
  const getSession = db.prepare<[string], SessionRow>(
    `SELECT ${SESSION_COLUMNS} FROM sessions s WHERE s.id = ?`,
  );
  const updateSession = db.prepare(`UPDATE sessions SET title = @title, status = @status,
    deadline = @deadline, ended_at = @endedAt, summary = @summary, updated_at = @updatedAt
    WHERE id = @id`);
  const touch = db.prepare('UPDATE sessions SET updated_at = ? WHERE id = ?');
  const setRole = db.prepare(
    'UPDATE session_participants SET role = ? WHERE session_id = ? AND user_id = ?',
  );
  const setFeedback = db.prepare('UPDATE sessions SET feedback = ?, updated_at = ? WHERE id = ?');
  const listSessions = db.prepare<Record<string, unknown>, SessionRow>(`
    SELECT ${SESSION_COLUMNS} FROM sessions s
    WHERE s.id IN (SELECT session_id FROM session_participants
                   WHERE user_id = @userId AND former = 0)
      AND (@kind IS NULL OR s.kind = @kind)
      AND (@status IS NULL OR s.status = @status)
      AND (@from IS NULL OR s.created_at >= @from)
      AND (@to IS NULL OR s.created_at < @to)
      AND (@questionId IS NULL OR EXISTS (SELECT 1 FROM session_questions q
           WHERE q.session_id = s.id AND q.question_id = @questionId))
      AND (@competency IS NULL OR EXISTS (SELECT 1 FROM session_questions q, json_each(q.competencies) c
           WHERE q.session_id = s.id AND c.value = @competency))
      AND (@beforeAt IS NULL OR s.created_at < @beforeAt
           OR (s.created_at = @beforeAt AND s.id < @beforeId))
    ORDER BY s.created_at DESC, s.id DESC
    LIMIT @limit`);
  const listTimed = db.prepare<[], TimedSession>(`SELECT id, deadline FROM sessions
    WHERE status = 'active' AND deadline IS NOT NULL ORDER BY deadline, id`);

  const read = (id: string) => nullOr(getSession.get(id), sessionFromRow);
  const addParticipantRow = (sessionId: string, p: Participant) =>
    insertParticipant.run({ sessionId, ...p, former: p.former ? 1 : 0 });
  const addQuestionRow = (sessionId: string, q: SessionQuestion) =>
    insertQuestion.run({ sessionId, ...q, competencies: JSON.stringify(q.competencies) });

  const insert = db.transaction((session: Session) => {
    uniquely(
      () =>
        insertSession.run({
          ...session,
          summary: session.summary === null ? null : JSON.stringify(session.summary),
          feedback: JSON.stringify(session.feedback),
        }),
      'A session with that id exists already.',
    );
    for (const p of session.participants) addParticipantRow(session.id, p);
    for (const q of session.questions) addQuestionRow(session.id, q);
  });

  /** Runs a change to one session in a transaction and returns it afterwards (or null). */
  const change = <A extends unknown[]>(apply: (session: Session, ...args: A) => void) =>
    db.transaction((id: string, now: number, ...args: A): Session | null => {
      const session = read(id);
      if (!session) return null;
      apply(session, ...args);
      touch.run(now, id);
      return read(id);
    });

  const update = db.transaction(
    (id: string, patch: Parameters<SessionMethods['updateSession']>[1], now: number) => {
      const session = read(id);
      if (!session) return null;
      const next = { ...session, ...patch };
      updateSession.run({
        id,
        title: next.title,
        status: next.status,
        deadline: next.deadline,
        endedAt: next.endedAt,
        summary: next.summary === null ? null : JSON.stringify(next.summary),
        updatedAt: now,
      });
      return read(id);
    },
  );
  const addParticipant = change((s, p: Participant) => {
    if (!s.participants.some((existing) => existing.userId === p.userId)) {
      addParticipantRow(s.id, p);
    }
  });
  const setParticipantRole = change((s, userId: string, role: Participant['role']) => {
    setRole.run(role, s.id, userId);
  });
  const addQuestion = change((s, q: SessionQuestion) => addQuestionRow(s.id, q));
  const addFeedback = change((s, f: Session['feedback'][number], now: number) => {
    setFeedback.run(JSON.stringify([...s.feedback, f]), now, s.id);
  });

  return {
    insertSession: (session) => settle(() => insert.immediate(session)),
    getSession: (id) => settle(() => read(id)),
    updateSession: (id, patch, now) => settle(() => update.immediate(id, patch, now)),
    addParticipant: (id, p, now) => settle(() => addParticipant.immediate(id, now, p)),
    setParticipantRole: (id, userId, role, now) =>
      settle(() => setParticipantRole.immediate(id, now, userId, role)),
    addQuestion: (id, q, now) => settle(() => addQuestion.immediate(id, now, q)),
    addFeedback: (id, f, now) => settle(() => addFeedback.immediate(id, now, f, now)),
    listTimedSessions: () => settle(() => listTimed.all()),
    listUserSessions: (userId, query) =>
      settle(() =>
        listSessions
          .all({
            userId,
            kind: query.kind ?? null,
            status: query.status ?? null,
            from: query.from ?? null,
            to: query.to ?? null,
            questionId: query.questionId ?? null,
            competency: query.competency ?? null,
            beforeAt: query.before?.createdAt ?? null,
            beforeId: query.before?.id ?? null,
            limit: query.limit,
          })
          .map(sessionFromRow),
      ),
  };
}
