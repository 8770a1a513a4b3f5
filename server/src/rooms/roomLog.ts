import {
  ChatEventSchema,
  CreatedPayloadSchema,
  HintRevealEventSchema,
  JoinedPayloadSchema,
  NoteEventSchema,
  PresentPayloadSchema,
  RatingEventSchema,
  RoomEvent,
  RoundEndEventSchema,
  RoundStartEventSchema,
  RunDetailEventSchema,
  RunEventSchema,
  ScorecardEventSchema,
  TimerEventSchema,
  type ChatMessage,
  type InterviewFormat,
  type InterviewerRating,
  type PrivateNote,
  type QuestionSection,
  type RoomQuestionRef,
  type RoomRunResult,
  type Scorecard,
  type SessionEvent,
} from '@mockloop/shared';
import type { z } from 'zod';
import { applyTimerAction, STOPPED_TIMER, type TimerLog } from './roomTimer';

/** One question asked in the room, with what was revealed and run on it. */
export interface DocLog extends RoomQuestionRef {
  round: number;
  contentHash: string;
  revealedHints: QuestionSection[];
  /** Latest run, as candidates see it and as the judge reported it. */
  lastRun: RoomRunResult | null;
  lastRunDetail: RoomRunResult | null;
}

export interface RoundLog {
  index: number;
  interviewerId: string;
  candidateId: string | null;
  startedAt: number;
  endedAt: number | null;
  docIndexes: number[];
  timer: TimerLog;
  scorecard: Scorecard | null;
  rating: InterviewerRating | null;
}

/** A live interview's log folded: what the room is now. Documents' text is not here (Yjs). */
export interface RoomLog {
  lastSeq: number;
  format: InterviewFormat | null;
  inviteCode: string | null;
  /** Everyone who ever took a seat, in order. */
  joined: string[];
  rounds: RoundLog[];
  docs: DocLog[];
  chat: ChatMessage[];
  /** Private notes by author id. */
  notes: Map<string, PrivateNote[]>;
  finished: boolean;
  /** A `call:started` with no `call:ended` after it yet. */
  callOpen: boolean;
}

export function emptyRoomLog(): RoomLog {
  return {
    lastSeq: 0,
    format: null,
    inviteCode: null,
    joined: [],
    rounds: [],
    docs: [],
    chat: [],
    notes: new Map(),
    finished: false,
    callOpen: false,
  };
}

/** The round now running or last run; `undefined` before the first round starts. */
export function currentRound(log: RoomLog): RoundLog | undefined {
  return log.rounds.at(-1);
}

/** The current round's question: the last one presented in it. */
export function currentDoc(log: RoomLog): DocLog | undefined {
  const index = currentRound(log)?.docIndexes.at(-1);
  return index === undefined ? undefined : log.docs[index];
}

type Folder = (log: RoomLog, event: SessionEvent) => void;

function on<S extends z.ZodType>(
  schema: S,
  fold: (log: RoomLog, payload: z.output<S>, event: SessionEvent) => void,
): Folder {
  return (log, event) => {
    // A payload that does not parse was not written by this server version: skip, never throw.
    const parsed = schema.safeParse(event.payload);
    if (parsed.success) fold(log, parsed.data, event);
  };
}

function toRunResult(
  payload: z.output<typeof RunEventSchema | typeof RunDetailEventSchema>,
  at: number,
): RoomRunResult {
  return { ...payload, at };
}

const FOLDERS: Partial<Record<string, Folder>> = {
  [RoomEvent.Created]: on(CreatedPayloadSchema, (log, p) => {
    log.format = p.format;
    log.inviteCode = p.inviteCode;
  }),
  [RoomEvent.Joined]: on(JoinedPayloadSchema, (log, p) => {
    if (!log.joined.includes(p.userId)) log.joined.push(p.userId);
    const round = currentRound(log);
    if (round && round.candidateId === null && round.interviewerId !== p.userId) {
      round.candidateId = p.userId;
    }
  }),
  [RoomEvent.RoundStart]: on(RoundStartEventSchema, (log, p, e) => {
    log.rounds[p.index] = {
      ...p,
      startedAt: e.at,
      endedAt: null,
      docIndexes: [],
      timer: STOPPED_TIMER,
      scorecard: null,
      rating: null,
    };
  }),
  [RoomEvent.Present]: on(PresentPayloadSchema, (log, p) => {
    const { round, ...ref } = p;
    log.docs[p.docIndex] = { ...ref, round, revealedHints: [], lastRun: null, lastRunDetail: null };
    log.rounds[round]?.docIndexes.push(p.docIndex);
  }),
  [RoomEvent.HintReveal]: on(HintRevealEventSchema, (log, p) => {
    const doc = log.docs[p.docIndex];
    if (doc && doc.revealedHints.length === p.index) {
      doc.revealedHints.push({ heading: p.heading, visibility: 'hint', markdown: p.markdown });
    }
  }),
  [RoomEvent.Timer]: on(TimerEventSchema, (log, p, e) => {
    const round = log.rounds[p.round];
    if (round) round.timer = applyTimerAction(round.timer, p, e.at);
  }),
  [RoomEvent.Run]: on(RunEventSchema, (log, p, e) => {
    const doc = log.docs[p.docIndex];
    if (doc) doc.lastRun = toRunResult(p, e.at);
  }),
  [RoomEvent.RunDetail]: on(RunDetailEventSchema, (log, p, e) => {
    const doc = log.docs[p.docIndex];
    if (doc) doc.lastRunDetail = toRunResult(p, e.at);
  }),
  [RoomEvent.Chat]: on(ChatEventSchema, (log, p, e) => {
    if (e.actorId === null) return;
    log.chat.push({
      seq: e.seq,
      at: e.at,
      authorId: e.actorId,
      text: p.text,
      ...(e.clientOpId ? { clientOpId: e.clientOpId } : {}),
    });
  }),
  [RoomEvent.Note]: on(NoteEventSchema, (log, p, e) => {
    if (e.actorId === null) return;
    const notes = log.notes.get(e.actorId) ?? [];
    notes.push({ seq: e.seq, at: e.at, text: p.text, round: p.round });
    log.notes.set(e.actorId, notes);
  }),
  [RoomEvent.RoundEnd]: on(RoundEndEventSchema, (log, p, e) => {
    const round = log.rounds[p.round];
    if (round && round.endedAt === null) {
      round.endedAt = e.at;
      round.timer = applyTimerAction(round.timer, { round: p.round, action: 'pause' }, e.at);
    }
  }),
  [RoomEvent.Scorecard]: on(ScorecardEventSchema, (log, p) => {
    const round = log.rounds[p.round];
    if (round) round.scorecard ??= p.scorecard;
  }),
  [RoomEvent.Rating]: on(RatingEventSchema, (log, p) => {
    const round = log.rounds[p.round];
    if (round) round.rating ??= p.rating;
  }),
  [RoomEvent.Finish]: (log) => {
    log.finished = true;
  },
  [RoomEvent.CallStarted]: (log) => {
    log.callOpen = true;
  },
  [RoomEvent.CallEnded]: (log) => {
    log.callOpen = false;
  },
};

/**
 * Folds `events` (in `seq` order, after `log.lastSeq`) into `log`, in place. Every event must be
 * read unfiltered (`readAllEvents`): the fold holds every role's material, and what a socket
 * receives is cut from it by role (`roomSnapshot.ts`).
 */
export function foldRoomEvents(log: RoomLog, events: readonly SessionEvent[]): RoomLog {
  for (const event of events) {
    if (event.seq <= log.lastSeq) continue;
    FOLDERS[event.type]?.(log, event);
    log.lastSeq = event.seq;
  }
  return log;
}
