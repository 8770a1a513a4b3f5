import { z } from 'zod';
import { VERDICTS } from '../verdicts';
import { LANGUAGES, QUESTION_KINDS, QuestionIdSchema } from './question';
import { PARTICIPANT_ROLES, SESSION_KINDS } from './session';

/*
 * `GET /api/me/attempts?questionId=`: every time the caller met one question, across their
 * practice sessions and the interviews they took part in, newest first. Folded from the events
 * the caller may see ([AR1]-[AR3]), so an attempt holds nothing a transcript would not.
 */

/** Query of `GET /api/me/attempts`. */
export const AttemptsQuerySchema = z
  .object({
    /** The question whose attempts to list. */
    questionId: QuestionIdSchema,
  })
  .strict();
export type AttemptsQuery = z.infer<typeof AttemptsQuerySchema>;

/** One attempt: a round (practice) or a presented question (interview) asking the question. */
export const AttemptSchema = z.object({
  sessionId: z.string(),
  sessionKind: z.enum(SESSION_KINDS),
  sessionTitle: z.string(),
  /** The caller's seat for this question: always `candidate` in practice; may swap in a room. */
  role: z.enum(PARTICIPANT_ROLES),
  /** Practice: the round's index; interview: the room's round the question was asked in. */
  round: z.number().int().min(0),
  /** When the question was asked (epoch ms). */
  startedAt: z.number(),
  /** From asking to the end of the round (or the next question); `null` while it runs. */
  timeUsedMs: z.number().nonnegative().nullable(),
  /** The final verdict (practice) or the last submit's (interview); `null` when none. */
  verdict: z.enum(VERDICTS).nullable(),
  /** Cases passed out of all judged (a design round: rubric items ticked); `null` when none. */
  passed: z.number().int().nonnegative().nullable(),
  total: z.number().int().nonnegative().nullable(),
  /** Hidden cases accepted out of the hidden cases judged; `null` when nothing hidden ran. */
  hiddenPassed: z.number().int().nonnegative().nullable(),
  hiddenTotal: z.number().int().nonnegative().nullable(),
  /** Mean rating (1 to 4) of the round: a self-rating or the interviewer's scorecard. */
  score: z.number().nullable(),
  language: z.enum(LANGUAGES).nullable(),
  /** The code as it stood at the end; `null` when none was written. */
  code: z.string().nullable(),
  /** A behavioral answer or design notes (Markdown) as they stood at the end. */
  answer: z.string().nullable(),
});
export type Attempt = z.infer<typeof AttemptSchema>;

/** Body of `GET /api/me/attempts`. */
export const AttemptsResponseSchema = z.object({
  questionId: z.string(),
  /** The bank's title, or the title it was asked under when it left the bank. */
  title: z.string(),
  /** `null` when the question left the bank and no attempt names its kind. */
  kind: z.enum(QUESTION_KINDS).nullable(),
  attempts: z.array(AttemptSchema),
});
export type AttemptsResponse = z.infer<typeof AttemptsResponseSchema>;

/** Body of `GET /api/me/attempts/repeated`: questions met more than once, and how often. */
export const RepeatedQuestionsResponseSchema = z.object({
  counts: z.record(z.string(), z.number().int().min(2)),
});
export type RepeatedQuestionsResponse = z.infer<typeof RepeatedQuestionsResponseSchema>;

/** The most attempts `GET /api/me/attempts` lists (the newest). */
export const MAX_ATTEMPTS_LISTED = 50;
