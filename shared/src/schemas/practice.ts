import { z } from 'zod';
import { COMPETENCY_IDS } from '../competencies';
import {
  DIFFICULTIES,
  JsonValueSchema,
  LANGUAGES,
  QUESTION_KINDS,
  QuestionIdSchema,
} from './question';
import { PRESET_IDS } from './loopPresets';
import { MAX_CODE_LENGTH, RunRequestSchema } from './run';

/*
 * Timed practice: requests of the REST routes in docs/sessions.md. Responses and log payloads
 * are in `practiceState.ts`.
 */

/** Most rounds one practice session (a loop) may hold. */
export const MAX_ROUNDS = 10;
/** Bounds of a round's length, fixed by the architecture. */
export const MIN_ROUND_MINUTES = 1;
export const MAX_ROUND_MINUTES = 180;
/** Longest part of a behavioral answer (Situation, Task, Action or Result), in characters. */
export const MAX_STAR_PART_LENGTH = 5_000;
/** Longest design notes, in characters of Markdown. */
export const MAX_DESIGN_NOTES_LENGTH = 50_000;
/** Largest whiteboard scene, as UTF-8 bytes of its JSON. */
export const MAX_SCENE_BYTES = 512 * 1024;

/** Stable codes of the errors a person can act on in a practice session. */
export const PracticeErrorCode = {
  /** 409: the round's deadline passed or it was ended; the action came too late. */
  RoundOver: 'round_over',
  /** 409: post-round material, self-rating and checklist wait until the round is over. */
  RoundNotOver: 'round_not_over',
  /** 409: the round has not started yet (an earlier round is still running). */
  RoundNotStarted: 'round_not_started',
  /** 400: the action does not fit the round's kind (e.g. a coding draft for a design round). */
  WrongRoundKind: 'wrong_round_kind',
  /** 400: `POST /api/runs` named a session whose current round asks another question. */
  QuestionNotInRound: 'question_not_in_round',
  /** 404 when starting, 410 later: the question is no longer in the bank. */
  QuestionNotInBank: 'question_not_in_bank',
  /** 404: quick practice found no question of that kind, difficulty and competency. */
  NoMatchingQuestion: 'no_matching_question',
  /** 409: every hint of the round is already revealed. */
  NoMoreHints: 'no_more_hints',
  /** 409: the round already has a self-rating. */
  AlreadyRated: 'already_rated',
  /** 409: the session is a live interview, not a practice session. */
  NotPractice: 'not_practice',
} as const;
export type PracticeErrorCode = (typeof PracticeErrorCode)[keyof typeof PracticeErrorCode];

/** Minutes of a round: a whole number from 1 to 180. */
export const RoundMinutesSchema = z.number().int().min(MIN_ROUND_MINUTES).max(MAX_ROUND_MINUTES);

/** Body of `POST /api/sessions` (fixed by the architecture). */
export const StartPracticeRequestSchema = z
  .object({
    kind: z.literal('practice'),
    /** The rounds in order; one for a single question, several for a loop. */
    rounds: z
      .array(
        z
          .object({
            questionId: QuestionIdSchema,
            /** Defaults to the question's `timeLimitMinutes`. */
            minutes: RoundMinutesSchema.optional(),
          })
          .strict(),
      )
      .min(1)
      .max(MAX_ROUNDS),
  })
  .strict();
export type StartPracticeRequest = z.infer<typeof StartPracticeRequestSchema>;

/**
 * Body of `POST /api/sessions/quick`: the server picks the question(s), preferring ones the
 * person has not done, then ones they did badly. With `preset`, one question per preset round
 * (`kind` is then ignored; `difficulty` and `competency` still narrow the choice when they can).
 */
export const QuickPracticeRequestSchema = z
  .object({
    kind: z.enum(QUESTION_KINDS).optional(),
    difficulty: z.enum(DIFFICULTIES).optional(),
    competency: z.enum(COMPETENCY_IDS).optional(),
    /** Length of the single round; defaults to the question's `timeLimitMinutes`. */
    minutes: RoundMinutesSchema.optional(),
    preset: z.enum(PRESET_IDS).optional(),
  })
  .strict();
export type QuickPracticeRequest = z.infer<typeof QuickPracticeRequestSchema>;

/** A coding round's draft: the code and its language. */
export const CodingDraftSchema = z
  .object({
    kind: z.literal('coding'),
    language: z.enum(LANGUAGES),
    code: z.string().max(MAX_CODE_LENGTH, 'code must be at most 64 KiB'),
  })
  .strict();

const StarPartSchema = z.string().max(MAX_STAR_PART_LENGTH);
/** A behavioral round's draft: the answer in Situation / Task / Action / Result parts. */
export const BehavioralDraftSchema = z
  .object({
    kind: z.literal('behavioral'),
    situation: StarPartSchema,
    task: StarPartSchema,
    action: StarPartSchema,
    result: StarPartSchema,
  })
  .strict();

/** An Excalidraw scene as the client serialises it (`elements`, `appState`, `files`...). */
export const WhiteboardSceneSchema = z
  .record(z.string(), JsonValueSchema)
  .refine((scene) => utf8Length(JSON.stringify(scene)) <= MAX_SCENE_BYTES, {
    message: 'the whiteboard scene must be at most 512 KiB of JSON',
  });

// Counted by hand: `shared` runs in the browser and in Node, which share no byte counter type.
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    // A surrogate half is 2 of a pair's 4 bytes.
    bytes += unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

/** A system-design round's draft: Markdown notes and the whiteboard scene. */
export const DesignDraftSchema = z
  .object({
    kind: z.literal('system-design'),
    notes: z.string().max(MAX_DESIGN_NOTES_LENGTH),
    /** `null` until something is drawn. */
    scene: WhiteboardSceneSchema.nullable(),
  })
  .strict();

/** What a round autosaves; `kind` must match the round's question. */
export const RoundDraftSchema = z.discriminatedUnion('kind', [
  CodingDraftSchema,
  BehavioralDraftSchema,
  DesignDraftSchema,
]);
export type RoundDraft = z.infer<typeof RoundDraftSchema>;

/**
 * Body of `PUT /api/sessions/:id/rounds/:index/draft`. Last write wins by `revision`: a save
 * whose revision is not above the stored one changes nothing (and is not an error), so retries
 * and out-of-order saves are safe.
 */
export const SaveDraftRequestSchema = z
  .object({
    /** Increases with every edit the client makes (a counter or `Date.now()`); 1 or more. */
    revision: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    draft: RoundDraftSchema,
  })
  .strict();
export type SaveDraftRequest = z.infer<typeof SaveDraftRequestSchema>;

/** Body of `POST /api/sessions/:id/rounds/:index/self-rating` (behavioral rounds, once). */
export const SelfRatingRequestSchema = z
  .object({
    /** 1 = no hire .. 4 = strong hire, for the round question's competencies only. */
    ratings: z.partialRecord(z.enum(COMPETENCY_IDS), z.number().int().min(1).max(4)),
    note: z.string().max(5_000).default(''),
  })
  .strict();
export type SelfRatingRequest = z.infer<typeof SelfRatingRequestSchema>;

/** Body of `PUT /api/sessions/:id/rounds/:index/checklist` (system-design rounds). */
export const ChecklistRequestSchema = z
  .object({
    /** Indexes into the review's `rubric` of the items the person covered. */
    ticked: z.array(z.number().int().min(0).max(99)).max(100),
  })
  .strict();
export type ChecklistRequest = z.infer<typeof ChecklistRequestSchema>;

/** Path parameters of the round routes. */
export const RoundParamsSchema = z
  .object({
    id: z.string().min(1).max(64),
    index: z.coerce
      .number()
      .int()
      .min(0)
      .max(MAX_ROUNDS - 1),
  })
  .strict();

/** Body of `POST /api/runs`: a run, optionally recorded in a practice session. */
export const SessionRunRequestSchema = RunRequestSchema.extend({
  /** Records the run in this session; refused once the round asking the question is over. */
  sessionId: z.string().min(1).max(64).optional(),
});
export type SessionRunRequest = z.infer<typeof SessionRunRequestSchema>;
