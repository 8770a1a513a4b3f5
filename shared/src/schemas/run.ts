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

/**
 * The judge's result for one test case, as the judge itself reports it (its command line and the
 * bank checks see this). A candidate gets `PublicTestResult` instead.
 */
export const TestResultSchema = z.object({
  name: z.string(),
  /** True for a hidden case; a candidate sees only `HiddenTestResult` of it. */
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

/** What the judge returns for one submission. */
export const RunResultSchema = z.object({
  /** The first non-accepted test verdict in test order, else `accepted`. */
  verdict: z.enum(VERDICTS),
  passed: z.number().int(),
  total: z.number().int(),
  tests: z.array(TestResultSchema),
});
export type RunResult = z.infer<typeof RunResultSchema>;

/** What a candidate sees of an example case: everything the judge reported. */
export const ExampleTestResultSchema = TestResultSchema.extend({ hidden: z.literal(false) });
export type ExampleTestResult = z.infer<typeof ExampleTestResultSchema>;

/**
 * What a candidate sees of a hidden case: its name, verdict, whether it was skipped, and a message
 * the judge wrote itself. No input, output, logs or error text, and no time: a submission that
 * spins in proportion to its input would read the input back from the time.
 */
export const HiddenTestResultSchema = z
  .object({
    name: z.string(),
    hidden: z.literal(true),
    verdict: z.enum(VERDICTS),
    /** A limit or skip message written by the judge, never the submission's own error text. */
    message: z.string().optional(),
    skipped: z.boolean().optional(),
  })
  .strict();
export type HiddenTestResult = z.infer<typeof HiddenTestResultSchema>;

/** One case of a candidate's result: an example in full, or a hidden case's outline. */
export const PublicTestResultSchema = z.discriminatedUnion('hidden', [
  ExampleTestResultSchema,
  HiddenTestResultSchema,
]);
export type PublicTestResult = z.infer<typeof PublicTestResultSchema>;

/** A submission's result as a candidate sees it; `POST /api/runs` answers with it. */
export const PublicRunResultSchema = RunResultSchema.extend({
  tests: z.array(PublicTestResultSchema),
});
export type PublicRunResult = z.infer<typeof PublicRunResultSchema>;
