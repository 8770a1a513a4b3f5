import { z } from 'zod';
import { LANGUAGES, QUESTION_KINDS, QuestionIdSchema } from './question';
import { INTERVIEW_FORMATS } from './interview';
import { InterviewerRatingSchema, ScorecardSchema } from './room';
import { PublicRunResultSchema, RunResultSchema, RUN_MODES } from './run';
import { UserIdSchema } from './user';

/*
 * A live interview's log: the stored event types and their payloads. The server folds them into
 * the room (`server/src/rooms/roomLog.ts`); history and replay read the same log. Shared
 * documents are stored as `doc:update` (every Yjs update, for replay) and `doc:snapshot` (the
 * whole document now and then, so a room loads fast), both binary `docFrames`.
 */
export const RoomEvent = {
  /** author (the creator): the format and the invite code. */
  Created: 'interview:created',
  /** everyone: a person took a seat. */
  Joined: 'interview:joined',
  /** everyone: a round starts with these roles (the first at creation, then on each swap). */
  RoundStart: 'interview:round-start',
  /** everyone: the interviewer asked a question; it gets a new shared document. */
  Present: 'interview:present',
  /** everyone: a hint revealed to the candidate, with its text. */
  HintReveal: 'interview:hint',
  /** everyone: a timer action. */
  Timer: 'interview:timer',
  /** everyone: a run or submit, with the candidate's view of the result. */
  Run: 'interview:run',
  /** interviewer: the same run with the judge's full result. */
  RunDetail: 'interview:run-detail',
  /** everyone. */
  Chat: 'chat:message',
  /** author: a private note. */
  Note: 'note:add',
  RoundEnd: 'interview:round-end',
  /** everyone: the interviewer's scorecard for a round. */
  Scorecard: 'interview:scorecard',
  /** everyone: the candidate's rating of the interviewer for a round. */
  Rating: 'interview:rating',
  Finish: 'interview:finish',
  /** everyone, binary: one Yjs update of one document. */
  DocUpdate: 'doc:update',
  /** everyone, binary: a document's whole state; later updates apply on top of it. */
  DocSnapshot: 'doc:snapshot',
  /** everyone: both people are in the call (the media itself is never stored). */
  CallStarted: 'call:started',
  /** everyone: nobody is left in the call. */
  CallEnded: 'call:ended',
} as const;
export type RoomEvent = (typeof RoomEvent)[keyof typeof RoomEvent];

const RoundIndexSchema = z.number().int().min(0);
const DocIndexSchema = z.number().int().min(0);

export const CreatedPayloadSchema = z.object({
  format: z.enum(INTERVIEW_FORMATS),
  inviteCode: z.string(),
});

export const JoinedPayloadSchema = z.object({ userId: UserIdSchema });

export const RoundStartEventSchema = z.object({
  index: RoundIndexSchema,
  interviewerId: UserIdSchema,
  candidateId: UserIdSchema.nullable(),
});

export const PresentPayloadSchema = z.object({
  round: RoundIndexSchema,
  docIndex: DocIndexSchema,
  questionId: QuestionIdSchema,
  title: z.string(),
  kind: z.enum(QUESTION_KINDS),
  contentHash: z.string(),
});

export const HintRevealEventSchema = z.object({
  docIndex: DocIndexSchema,
  index: z.number().int().min(0),
  heading: z.string(),
  markdown: z.string(),
});

export const TimerEventSchema = z.discriminatedUnion('action', [
  z.object({ round: RoundIndexSchema, action: z.literal('start'), minutes: z.number().int() }),
  z.object({ round: RoundIndexSchema, action: z.literal('pause') }),
  z.object({ round: RoundIndexSchema, action: z.literal('resume') }),
  z.object({ round: RoundIndexSchema, action: z.literal('extend'), minutes: z.number().int() }),
]);
export type TimerEvent = z.infer<typeof TimerEventSchema>;

const RunFieldsSchema = z.object({
  docIndex: DocIndexSchema,
  by: UserIdSchema,
  mode: z.enum(RUN_MODES),
  language: z.enum(LANGUAGES),
});
export const RunEventSchema = RunFieldsSchema.extend({ result: PublicRunResultSchema });
export const RunDetailEventSchema = RunFieldsSchema.extend({ result: RunResultSchema });

export const ChatEventSchema = z.object({ text: z.string() });
export const NoteEventSchema = z.object({ text: z.string(), round: RoundIndexSchema });
export const RoundEndEventSchema = z.object({ round: RoundIndexSchema });
export const ScorecardEventSchema = z.object({
  round: RoundIndexSchema,
  scorecard: ScorecardSchema,
});
export const RatingEventSchema = z.object({
  round: RoundIndexSchema,
  rating: InterviewerRatingSchema,
});

/** `call:started` and `call:ended` carry nothing but when, and who made it happen. */
export const CallEventSchema = z.object({});
