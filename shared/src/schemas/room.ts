import { z } from 'zod';
import { COMPETENCY_IDS } from '../competencies';
import type { InterviewFormat } from './interview';
import {
  QuestionIdSchema,
  type CandidateQuestion,
  type InterviewerMaterial,
  type Language,
  type QuestionKind,
} from './question';
import { RUN_MODES, type PublicRunResult, type RunMode, type RunResult } from './run';
import { ClientOpIdSchema, SessionIdSchema, type ParticipantRole } from './session';

/*
 * A live interview room as its sockets see it: the payloads clients send (checked by the server
 * with these schemas) and the state they receive, filtered by role. docs/realtime.md lists the
 * events; the stored log's payloads are in `roomEvents.ts`.
 */

export const MAX_CHAT_LENGTH = 2_000;
export const MAX_NOTE_LENGTH = 5_000;
export const MAX_SCORECARD_TEXT = 4_000;
export const MAX_EVIDENCE_LENGTH = 2_000;
/** Most timer minutes one start or extension sets. */
export const MAX_TIMER_MINUTES = 180;

/** Stable codes of the errors room actions answer (acks and REST). */
export const RoomErrorCode = {
  /** The socket has not joined this room (`room:join`) or was removed from it. */
  NotInRoom: 'not_in_room',
  /** The action needs a running round; the current one has ended. */
  RoundOver: 'round_over',
  /** Scorecards, ratings and role swaps wait until the round has ended. */
  RoundNotOver: 'round_not_over',
  /** The round has no question yet (hints, runs). */
  NoQuestion: 'no_question',
  /** Every hint of the question is already revealed. */
  NoMoreHints: 'no_more_hints',
  /** Runs need a coding question. */
  NotCoding: 'not_coding',
  /** That round's scorecard (or rating) was already submitted. */
  AlreadySubmitted: 'already_submitted',
  /** The interview is finished; the room is read-only. */
  InterviewOver: 'interview_over',
  /** A run of this room is still being judged. */
  RunInProgress: 'run_in_progress',
  /** A call signal from a page that has not joined the call (`call:state`) with that call id. */
  NotInCall: 'not_in_call',
} as const;
export type RoomErrorCode = (typeof RoomErrorCode)[keyof typeof RoomErrorCode];

/** Every room request names its room. */
export const RoomRefSchema = z.object({ sessionId: SessionIdSchema }).strict();
export type RoomRef = z.infer<typeof RoomRefSchema>;

/** `room:present`: the interviewer asks a question from the bank in the current round. */
export const PresentQuestionPayloadSchema = RoomRefSchema.extend({
  questionId: QuestionIdSchema,
}).strict();

/** `room:timer`: start (from `minutes`), pause, resume or extend the round's countdown. */
export const TimerPayloadSchema = z.discriminatedUnion('action', [
  RoomRefSchema.extend({
    action: z.literal('start'),
    minutes: z.number().int().min(1).max(MAX_TIMER_MINUTES),
  }).strict(),
  RoomRefSchema.extend({ action: z.literal('pause') }).strict(),
  RoomRefSchema.extend({ action: z.literal('resume') }).strict(),
  RoomRefSchema.extend({
    action: z.literal('extend'),
    minutes: z.number().int().min(1).max(60),
  }).strict(),
]);
export type TimerPayload = z.infer<typeof TimerPayloadSchema>;

/** `room:run`: judge the shared document's code (its text and language come from the room). */
export const RoomRunPayloadSchema = RoomRefSchema.extend({ mode: z.enum(RUN_MODES) }).strict();

/** `chat:send`. `clientOpId` makes a re-send after a reconnect land once. */
export const ChatSendPayloadSchema = RoomRefSchema.extend({
  text: z.string().trim().min(1).max(MAX_CHAT_LENGTH),
  clientOpId: ClientOpIdSchema,
}).strict();

/** `note:add`: a private note, received only by its author. */
export const NoteAddPayloadSchema = RoomRefSchema.extend({
  text: z.string().trim().min(1).max(MAX_NOTE_LENGTH),
  clientOpId: ClientOpIdSchema,
}).strict();

export const RECOMMENDATIONS = ['strong-no-hire', 'no-hire', 'hire', 'strong-hire'] as const;
export type Recommendation = (typeof RECOMMENDATIONS)[number];

/** The interviewer's scorecard of one round: 1 to 4 per competency, with evidence. */
export const ScorecardSchema = z
  .object({
    ratings: z
      .partialRecord(
        z.enum(COMPETENCY_IDS),
        z
          .object({
            score: z.number().int().min(1).max(4),
            evidence: z.string().trim().max(MAX_EVIDENCE_LENGTH),
          })
          .strict(),
      )
      .refine((r) => Object.keys(r).length > 0, 'rate at least one competency'),
    strengths: z.string().trim().max(MAX_SCORECARD_TEXT),
    improvements: z.string().trim().max(MAX_SCORECARD_TEXT),
    recommendation: z.enum(RECOMMENDATIONS),
  })
  .strict();
export type Scorecard = z.infer<typeof ScorecardSchema>;

/** The candidate's rating of the interviewer for one round. */
export const InterviewerRatingSchema = z
  .object({
    clarity: z.number().int().min(1).max(5),
    helpfulness: z.number().int().min(1).max(5),
    comment: z.string().trim().max(MAX_SCORECARD_TEXT),
  })
  .strict();
export type InterviewerRating = z.infer<typeof InterviewerRatingSchema>;

const RoundRefSchema = RoomRefSchema.extend({ round: z.number().int().min(0).max(100) });

/** `scorecard:submit`: by the round's interviewer, once the round has ended; once. */
export const ScorecardSubmitPayloadSchema = RoundRefSchema.extend({
  scorecard: ScorecardSchema,
}).strict();

/** `rating:submit`: by the round's candidate, once the round has ended; once. */
export const RatingSubmitPayloadSchema = RoundRefSchema.extend({
  rating: InterviewerRatingSchema,
}).strict();

/** The round's countdown. The server owns it; clients draw `endsAt` against their clock offset. */
export interface TimerState {
  durationMs: number;
  running: boolean;
  /** What is left now (when paused: what was left at the pause). */
  remainingMs: number;
  /** Server epoch ms when it reaches zero, while running; else null. */
  endsAt: number | null;
}

export interface RoomParticipant {
  userId: string;
  displayName: string;
  role: ParticipantRole;
  /** At least one of their sockets is in the room. */
  online: boolean;
}

export interface ChatMessage {
  seq: number;
  at: number;
  authorId: string;
  text: string;
  clientOpId?: string;
}

/** A private note; only its author ever receives it. */
export interface PrivateNote {
  seq: number;
  at: number;
  text: string;
  /** The round it was written in. */
  round: number;
}

/** A question asked in a round; `docIndex` names its shared document. */
export interface RoomQuestionRef {
  docIndex: number;
  questionId: string;
  title: string;
  kind: QuestionKind;
}

export interface RoomRound {
  index: number;
  interviewerId: string;
  candidateId: string | null;
  startedAt: number;
  endedAt: number | null;
  questions: RoomQuestionRef[];
  scorecard: Scorecard | null;
  rating: InterviewerRating | null;
}

/**
 * The current round's question as one socket may see it. A candidate gets `view` with only the
 * revealed hints; an interviewer also gets `interviewer` (hidden cases, reference solutions,
 * rubric and follow-ups, every hint).
 */
export interface RoomQuestion {
  docIndex: number;
  view: CandidateQuestion;
  /** How many hints the candidate has been shown (for the interviewer, whose `view` has all). */
  hintsRevealed: number;
  interviewer?: InterviewerMaterial;
}

/** A run or submit in the room: candidates get the public result, interviewers the judge's. */
export interface RoomRunResult {
  docIndex: number;
  /** Who pressed Run or Submit. */
  by: string;
  mode: RunMode;
  language: Language;
  at: number;
  result: PublicRunResult | RunResult;
}

/** Everything a socket needs to draw the room; answer of `room:join` and `room:state`. */
export interface RoomSnapshot {
  sessionId: string;
  title: string;
  format: InterviewFormat;
  /** `completed` once someone finished the interview. */
  status: 'active' | 'completed';
  you: { userId: string; role: ParticipantRole };
  participants: RoomParticipant[];
  rounds: RoomRound[];
  question: RoomQuestion | null;
  timer: TimerState;
  chat: ChatMessage[];
  /** The caller's own private notes. */
  notes: PrivateNote[];
  /** The current question's latest run, as the caller may see it. */
  lastRun: RoomRunResult | null;
  serverTime: number;
}

/** Why the server asks sockets to re-read the room (`room:changed`). */
export const RoomChange = {
  Question: 'question',
  RoundEnded: 'round-ended',
  Feedback: 'feedback',
  Swapped: 'swapped',
  Finished: 'finished',
  Joined: 'joined',
} as const;
export type RoomChange = (typeof RoomChange)[keyof typeof RoomChange];
