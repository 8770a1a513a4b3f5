import { z } from 'zod';
import { CallSchema, JsonValueSchema, LANGUAGES, QuestionIdSchema } from './question';
import { MAX_CODE_LENGTH } from './run';
import { SessionIdSchema } from './session';

/** The person's own input: arguments (function style) or calls, the first constructing (class style). */
export const CustomInputSchema = z.union([
  z.object({ args: z.array(JsonValueSchema).max(100) }).strict(),
  z.object({ calls: z.array(CallSchema).min(1).max(10_000) }).strict(),
]);
export type CustomInput = z.infer<typeof CustomInputSchema>;

/** Body of `POST /api/runs/custom`: run code on the person's own input, judged against nothing. */
export const CustomRunRequestSchema = z
  .object({
    /** Id of a coding question in the bank: it names the entry and the limits. */
    questionId: QuestionIdSchema,
    language: z.enum(LANGUAGES),
    code: z.string().max(MAX_CODE_LENGTH, 'code must be at most 64 KiB'),
    input: CustomInputSchema,
    /** A practice session whose running round asks this question; refused once it is over. */
    sessionId: SessionIdSchema.optional(),
  })
  .strict();
export type CustomRunRequest = z.infer<typeof CustomRunRequestSchema>;

export const CUSTOM_RUN_OUTCOMES = [
  'ran',
  'runtime_error',
  'time_limit_exceeded',
  'memory_limit_exceeded',
  'compile_error',
] as const;
/** `ran`: the code returned; otherwise the error or limit that stopped it. */
export type CustomRunOutcome = (typeof CUSTOM_RUN_OUTCOMES)[number];

/** What a custom run did: there is no expected value, so no verdict. */
export const CustomRunResultSchema = z.object({
  outcome: z.enum(CUSTOM_RUN_OUTCOMES),
  /** What the code returned (class style: one result per call); absent when it did not return. */
  output: JsonValueSchema.optional(),
  /** Console output. */
  logs: z.string().optional(),
  logsTruncated: z.boolean().optional(),
  /** The error, or the limit that stopped the run. */
  message: z.string().optional(),
  timeMs: z.number(),
});
export type CustomRunResult = z.infer<typeof CustomRunResultSchema>;
