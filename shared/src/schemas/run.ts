import { z } from 'zod';
import { VERDICTS } from '../verdicts';
import { JsonValueSchema, LANGUAGES, QuestionIdSchema } from './question';

/** Largest submission the judge accepts, in UTF-16 code units (64 KiB). */
export const MAX_CODE_LENGTH = 64 * 1024;

export const RUN_MODES = ['run', 'submit'] as const;
/** `run` judges the examples only; `submit` judges the examples, then the hidden cases. */
export type RunMode = (typeof RUN_MODES)[number];

/** Body of `POST /api/runs`. */
export const RunRequestSchema = z
  .object({
    /** Id of a coding question in the bank. */
    questionId: QuestionIdSchema,
    /** `javascript` or `typescript`; TypeScript is transpiled, type errors are not errors. */
    language: z.enum(LANGUAGES),
    /** The submission's source, at most 64 KiB. */
    code: z.string().max(MAX_CODE_LENGTH, 'code must be at most 64 KiB'),
    /** Defaults to `submit`. */
    mode: z.enum(RUN_MODES).default('submit'),
  })
  .strict();
export type RunRequest = z.infer<typeof RunRequestSchema>;

/** The judge's result for one test case. */
export const TestResultSchema = z.object({
  name: z.string(),
  /** Hidden cases carry only name, verdict, time and a judge-written message. */
  hidden: z.boolean(),
  verdict: z.enum(VERDICTS),
  /** Wall-clock time of the case in milliseconds (0 when it did not run). */
  timeMs: z.number(),
  /** Why the case failed or was skipped. */
  message: z.string().optional(),
  /**
   * True when the case never ran: an earlier case exhausted a limit, or the submission's total
   * time budget ran out. The verdict of a skipped case repeats the limit that stopped it.
   */
  skipped: z.boolean().optional(),
  /** Examples only: the case's `args` (function style) or `calls` (class style). */
  input: JsonValueSchema.optional(),
  /** Examples only. */
  expected: JsonValueSchema.optional(),
  /** Examples only: what the submission returned (large values arrive cut short as a string). */
  actual: JsonValueSchema.optional(),
  /** Examples only: console output of the case. */
  logs: z.string().optional(),
  /** True when the submission's console output passed its cap and was cut. */
  logsTruncated: z.boolean().optional(),
});
export type TestResult = z.infer<typeof TestResultSchema>;

/** What the judge returns for one submission; `POST /api/runs` answers with it. */
export const RunResultSchema = z.object({
  /** The first non-accepted test verdict in test order, else `accepted`. */
  verdict: z.enum(VERDICTS),
  passed: z.number().int(),
  total: z.number().int(),
  tests: z.array(TestResultSchema),
});
export type RunResult = z.infer<typeof RunResultSchema>;
