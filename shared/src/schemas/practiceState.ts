import { z } from 'zod';
import { COMPETENCY_IDS } from '../competencies';
import { VERDICTS } from '../verdicts';
import { RoundDraftSchema } from './practice';
import { LANGUAGES, QUESTION_KINDS, QuestionIdSchema, type PublicQuestion } from './question';
import { QuestionSectionSchema } from './responses';
import { RUN_MODES, RunResultSchema } from './run';
import { SessionSchema, SESSION_STATUSES } from './session';
import { EpochMsSchema } from './user';

/*
 * Timed practice: what the REST routes of docs/sessions.md answer, and the payloads of the
 * events a practice session writes to its log.
 */

/** Where a round is: not started, running, over and waiting for its verdict, or over. */
export const RoundStatus = {
  Pending: 'pending',
  Running: 'running',
  Judging: 'judging',
  Over: 'over',
} as const;
export type RoundStatus = (typeof RoundStatus)[keyof typeof RoundStatus];
export const ROUND_STATUSES = Object.values(RoundStatus) as [RoundStatus, ...RoundStatus[]];

/** Why a round ended. */
export const RoundEndReason = {
  /** The deadline passed; the server closed it. */
  Expired: 'expired',
  /** The person ended it early (a coding round is then judged like at the deadline). */
  Ended: 'ended',
  /** The person skipped to the next round; nothing is judged. */
  Skipped: 'skipped',
  /** The question left the bank before the round could start or be judged. */
  QuestionMissing: 'question_missing',
} as const;
export type RoundEndReason = (typeof RoundEndReason)[keyof typeof RoundEndReason];
export const ROUND_END_REASONS = Object.values(RoundEndReason) as [
  RoundEndReason,
  ...RoundEndReason[],
];

/** Event types of a practice session's log (see docs/sessions.md for each payload). */
export const PracticeEvent = {
  Plan: 'practice:plan',
  RoundStart: 'round:start',
  DraftSave: 'draft:save',
  HintReveal: 'hint:reveal',
  Run: 'code:run',
  RoundEnd: 'round:end',
  RoundVerdict: 'round:verdict',
  SelfRating: 'rating:self',
  Checklist: 'checklist:tick',
  Complete: 'practice:complete',
} as const;
export type PracticeEvent = (typeof PracticeEvent)[keyof typeof PracticeEvent];

const PublicQuestionSchema = z.custom<PublicQuestion>(
  (value) => typeof value === 'object' && value !== null && 'id' in value && 'prompt' in value,
);

const RoundIndexSchema = z.number().int().min(0);

/** `practice:plan`: the rounds as asked, written once when the session starts. */
export const PlanPayloadSchema = z.object({
  rounds: z.array(
    z.object({
      questionId: QuestionIdSchema,
      kind: z.enum(QUESTION_KINDS),
      title: z.string(),
      minutes: z.number().int(),
    }),
  ),
});

/** `round:start`: the question's content hash and public view as asked, and the deadline. */
export const RoundStartPayloadSchema = z.object({
  index: RoundIndexSchema,
  questionId: QuestionIdSchema,
  contentHash: z.string(),
  minutes: z.number().int(),
  startedAt: EpochMsSchema,
  deadline: EpochMsSchema,
  question: PublicQuestionSchema,
});

/** `draft:save`: one autosave; the highest `revision` of a round is its saved draft. */
export const DraftSavePayloadSchema = z.object({
  index: RoundIndexSchema,
  revision: z.number().int().min(1),
  draft: RoundDraftSchema,
});

/** `hint:reveal`: the person asked for the next hint. */
export const HintRevealPayloadSchema = z.object({
  index: RoundIndexSchema,
  hintIndex: z.number().int().min(0),
  heading: z.string(),
});

/** `code:run`: a run or submit through `POST /api/runs` with this `sessionId`. */
export const RunPayloadSchema = z.object({
  index: RoundIndexSchema,
  mode: z.enum(RUN_MODES),
  language: z.enum(LANGUAGES),
  code: z.string(),
  /** As the candidate saw it: hidden cases without inputs or outputs. */
  result: RunResultSchema,
});

/** `round:end`: the round stopped; no more saves, runs or hints. */
export const RoundEndPayloadSchema = z.object({
  index: RoundIndexSchema,
  reason: z.enum(ROUND_END_REASONS),
});

/** `round:verdict`: the round's final outcome, written by the server (actor `null`). */
export const RoundVerdictPayloadSchema = z.object({
  index: RoundIndexSchema,
  /** `null` when nothing was judged (not a coding round, skipped, or no code saved). */
  verdict: z.enum(VERDICTS).nullable(),
  passed: z.number().int().nonnegative(),
  total: z.number().int().nonnegative(),
  /** The submission of the latest saved code, as the candidate may see it. */
  result: RunResultSchema.nullable(),
  language: z.enum(LANGUAGES).nullable(),
});
export type RoundVerdict = z.infer<typeof RoundVerdictPayloadSchema>;

/** `rating:self`: a behavioral round's self-rating (also stored as the session's feedback). */
export const SelfRatingPayloadSchema = z.object({
  index: RoundIndexSchema,
  ratings: z.partialRecord(z.enum(COMPETENCY_IDS), z.number().int().min(1).max(4)),
  note: z.string(),
});

/** `checklist:tick`: the rubric items a design round covered; the latest one counts. */
export const ChecklistPayloadSchema = z.object({
  index: RoundIndexSchema,
  ticked: z.array(z.number().int().min(0)),
  total: z.number().int().nonnegative(),
});

/** The last run or submit of a round. */
export const RunRecordSchema = z.object({
  at: EpochMsSchema,
  mode: z.enum(RUN_MODES),
  language: z.enum(LANGUAGES),
  result: RunResultSchema,
});
export type RunRecord = z.infer<typeof RunRecordSchema>;

/** One round as the person resumes it. */
export const RoundStateSchema = z.object({
  index: RoundIndexSchema,
  questionId: QuestionIdSchema,
  kind: z.enum(QUESTION_KINDS),
  title: z.string(),
  minutes: z.number().int(),
  status: z.enum(ROUND_STATUSES),
  startedAt: EpochMsSchema.nullable(),
  /** When the server closes the round; `null` until it starts. */
  deadline: EpochMsSchema.nullable(),
  endedAt: EpochMsSchema.nullable(),
  endReason: z.enum(ROUND_END_REASONS).nullable(),
  /** Public view as asked, without hints (see `revealedHints`); `null` until it starts. */
  question: PublicQuestionSchema.nullable(),
  hintCount: z.number().int().nonnegative(),
  revealedHints: z.array(QuestionSectionSchema),
  /** The saved draft with the highest revision, `null` before the first save. */
  draft: RoundDraftSchema.nullable(),
  /** Revision of `draft`; 0 before the first save. */
  revision: z.number().int().nonnegative(),
  savedAt: EpochMsSchema.nullable(),
  lastRun: RunRecordSchema.nullable(),
  lastSubmit: RunRecordSchema.nullable(),
  runs: z.number().int().nonnegative(),
  submits: z.number().int().nonnegative(),
  /** The final outcome, once the round is over and judged. */
  outcome: RoundVerdictPayloadSchema.omit({ index: true }).nullable(),
  selfRating: SelfRatingPayloadSchema.omit({ index: true }).nullable(),
  checklist: ChecklistPayloadSchema.omit({ index: true }).nullable(),
});
export type RoundState = z.infer<typeof RoundStateSchema>;

/** `GET /api/sessions/:id/practice`: everything the client needs to resume. */
export const PracticeStateSchema = z.object({
  sessionId: z.string(),
  status: z.enum(SESSION_STATUSES),
  /** The server's clock when it answered: correct the countdown for skew with it. */
  serverTime: EpochMsSchema,
  /** Index of the running round; `null` when none runs (all over, or the last one judging). */
  currentRound: RoundIndexSchema.nullable(),
  rounds: z.array(RoundStateSchema),
});
export type PracticeState = z.infer<typeof PracticeStateSchema>;

/** `POST /api/sessions` and `POST /api/sessions/quick` answer 201 with this. */
export const StartPracticeResponseSchema = z.object({
  session: SessionSchema,
  practice: PracticeStateSchema,
});
export type StartPracticeResponse = z.infer<typeof StartPracticeResponseSchema>;

/** `PUT /api/sessions/:id/rounds/:index/draft`. */
export const SaveDraftResponseSchema = z.object({
  /** False when a save with this or a higher revision was already stored (nothing changed). */
  applied: z.boolean(),
  /** The stored revision after this request. */
  revision: z.number().int().nonnegative(),
  serverTime: EpochMsSchema,
});
export type SaveDraftResponse = z.infer<typeof SaveDraftResponseSchema>;

/** `POST /api/sessions/:id/rounds/:index/hints`. */
export const RevealHintResponseSchema = z.object({
  hint: QuestionSectionSchema,
  hintIndex: z.number().int().min(0),
  remaining: z.number().int().min(0),
});
export type RevealHintResponse = z.infer<typeof RevealHintResponseSchema>;

/** `GET /api/sessions/:id/rounds/:index/review`: post-round material, only once it is over. */
export const RoundReviewSchema = z.object({
  index: RoundIndexSchema,
  questionId: QuestionIdSchema,
  kind: z.enum(QUESTION_KINDS),
  /** Interviewer notes: follow-ups, what a strong answer shows, rubric, reference outline... */
  sections: z.array(QuestionSectionSchema),
  /** Coding: the reference solutions by language. Hidden cases never appear. */
  solutions: z.partialRecord(z.enum(LANGUAGES), z.string()),
  /** System design: the items of the Rubric section, which `checklist` ticks by index. */
  rubric: z.array(z.string()),
});
export type RoundReview = z.infer<typeof RoundReviewSchema>;
