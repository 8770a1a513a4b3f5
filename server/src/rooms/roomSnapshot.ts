import {
  ParticipantRole,
  SessionStatus,
  type CandidateQuestion,
  type InterviewerMaterial,
  type PublicQuestion,
  type QuestionSection,
  type RoomParticipant,
  type RoomQuestion,
  type RoomRound,
  type RoomSnapshot,
} from '@mockloop/shared';
import type { QuestionBank } from '../bank/types';
import { currentDoc, currentRound, type DocLog, type RoomLog } from './roomLog';
import { STOPPED_TIMER, timerStateAt } from './roomTimer';
import type { Room } from './types';

/*
 * The one place a room is cut for a socket. Everything a socket learns about a room's question,
 * runs and notes passes through here, so the role rules live in one function:
 * a candidate gets the public view with only the revealed hints, the public run result and
 * their own notes; an interviewer also gets the interviewer material, every hint and the judge's
 * full run result ([AR2] [AR3]).
 */

/**
 * The candidate's view, field by field rather than by spreading the bank's object, so anything
 * added to the bank's views later stays out until it is added here on purpose.
 */
function candidateView(view: PublicQuestion, hints: QuestionSection[], count: number) {
  const question: CandidateQuestion = {
    id: view.id,
    kind: view.kind,
    title: view.title,
    difficulty: view.difficulty,
    tags: [...view.tags],
    competencies: [...view.competencies],
    timeLimitMinutes: view.timeLimitMinutes,
    prompt: view.prompt,
    sections: view.sections.filter((s) => s.visibility === 'public'),
    hints,
    hintCount: count,
    contentHash: view.contentHash,
    ...(view.bank === undefined ? {} : { bank: view.bank }),
    ...(view.coding ? { coding: { ...view.coding } } : {}),
  };
  return question;
}

function roomQuestion(bank: QuestionBank, doc: DocLog, role: ParticipantRole): RoomQuestion | null {
  const full = bank.interviewerView(doc.questionId);
  if (!full) return null;
  const revealed = doc.revealedHints;
  if (role !== ParticipantRole.Interviewer) {
    return {
      docIndex: doc.docIndex,
      view: candidateView(full, revealed, full.hints.length),
      hintsRevealed: revealed.length,
    };
  }
  const interviewer: InterviewerMaterial = {
    interviewerSections: full.interviewerSections,
    ...(full.hidden ? { hidden: full.hidden } : {}),
    ...(full.solutions ? { solutions: full.solutions } : {}),
  };
  return {
    docIndex: doc.docIndex,
    view: candidateView(full, full.hints, full.hints.length),
    hintsRevealed: revealed.length,
    interviewer,
  };
}

function rounds(log: RoomLog): RoomRound[] {
  return log.rounds.map((round) => ({
    index: round.index,
    interviewerId: round.interviewerId,
    candidateId: round.candidateId,
    startedAt: round.startedAt,
    endedAt: round.endedAt,
    questions: round.docIndexes.flatMap((i) => {
      const doc = log.docs[i];
      return doc
        ? [{ docIndex: doc.docIndex, questionId: doc.questionId, title: doc.title, kind: doc.kind }]
        : [];
    }),
    scorecard: round.scorecard,
    rating: round.rating,
  }));
}

export interface SnapshotViewer {
  userId: string;
  role: ParticipantRole;
}

/** The room as `viewer` may see it now. `participants` come from `roomParticipants`. */
export function roomSnapshot(
  room: Room,
  bank: QuestionBank,
  viewer: SnapshotViewer,
  participants: RoomParticipant[],
  now: number = Date.now(),
): RoomSnapshot {
  const log = room.log();
  const session = room.session();
  const doc = currentDoc(log);
  const isInterviewer = viewer.role === ParticipantRole.Interviewer;
  const lastRun = doc ? (isInterviewer ? (doc.lastRunDetail ?? doc.lastRun) : doc.lastRun) : null;
  const finished = log.finished || session.status !== SessionStatus.Active;
  return {
    sessionId: session.id,
    title: session.title,
    format: log.format ?? 'coding',
    status: finished ? 'completed' : 'active',
    you: { userId: viewer.userId, role: viewer.role },
    participants,
    rounds: rounds(log),
    question: doc ? roomQuestion(bank, doc, viewer.role) : null,
    timer: timerStateAt(currentRound(log)?.timer ?? STOPPED_TIMER, now),
    chat: [...log.chat],
    notes: [...(log.notes.get(viewer.userId) ?? [])],
    lastRun,
    serverTime: now,
  };
}
