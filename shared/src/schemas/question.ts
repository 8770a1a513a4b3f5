import { z } from 'zod';
import { COMPETENCY_IDS } from '../competencies';

export const QuestionKind = {
  Coding: 'coding',
  Behavioral: 'behavioral',
  SystemDesign: 'system-design',
} as const;
export type QuestionKind = (typeof QuestionKind)[keyof typeof QuestionKind];
export const QUESTION_KINDS = Object.values(QuestionKind) as [QuestionKind, ...QuestionKind[]];

export const DIFFICULTIES = ['easy', 'medium', 'hard'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export const LANGUAGES = ['javascript', 'typescript'] as const;
export type Language = (typeof LANGUAGES)[number];

/** kebab-case, starts with a letter: `lru-cache`, `two-sum-2`. */
export const QuestionIdSchema = z
  .string()
  .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be kebab-case (a-z, 0-9, single dashes)')
  .max(80);

const commonFrontMatter = {
  /** Equals the folder (coding) or file name (other kinds); unique across the bank. */
  id: QuestionIdSchema,
  title: z.string().min(3).max(120),
  difficulty: z.enum(DIFFICULTIES),
  tags: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'tags are lower-case kebab-case')).max(12),
  /** Ids from the competency map in `shared/src/competencies.ts`; at least one. */
  competencies: z.array(z.enum(COMPETENCY_IDS)).min(1),
  /** Suggested length of the round. */
  timeLimitMinutes: z.number().int().min(1).max(180),
};

/** Front matter of `question-bank/coding/<id>/question.md`, exactly as the architecture fixes it. */
export const CodingFrontMatterSchema = z
  .object({
    ...commonFrontMatter,
    kind: z.literal('coding'),
    style: z.enum(['function', 'class']),
    /** The top-level function or class the submission must declare. */
    entry: z.string().regex(/^[A-Za-z_$][A-Za-z0-9_$]*$/, 'must be a JavaScript identifier'),
    compare: z.enum(['exact', 'unordered', 'float']),
    tolerance: z.number().positive().optional(),
    cpuTimeLimitMs: z.number().int().min(10).max(20_000).default(2000),
    memoryLimitMb: z.number().int().min(8).max(512).default(64),
  })
  .strict()
  .refine((fm) => (fm.compare === 'float') === (fm.tolerance !== undefined), {
    message: 'tolerance is required with compare: float and allowed only with it',
    path: ['tolerance'],
  });
export type CodingFrontMatter = z.infer<typeof CodingFrontMatterSchema>;

/** Front matter of a behavioral or system-design question file. */
export const DiscussionFrontMatterSchema = z
  .object({
    ...commonFrontMatter,
    kind: z.enum(['behavioral', 'system-design']),
  })
  .strict();
export type DiscussionFrontMatter = z.infer<typeof DiscussionFrontMatterSchema>;

/** A JSON value as it travels to and from the sandbox. */
export type JsonValue =
  null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
export const JsonValueSchema: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([
    z.null(),
    z.boolean(),
    z.number(),
    z.string(),
    z.array(JsonValueSchema),
    z.record(z.string(), JsonValueSchema),
  ]),
);

/** A case for `style: function`: `entry(...args)` must equal `expected`. */
export const FunctionCaseSchema = z
  .object({
    name: z.string().min(1).max(120),
    args: z.array(JsonValueSchema),
    expected: JsonValueSchema,
  })
  .strict();
export type FunctionCase = z.infer<typeof FunctionCaseSchema>;

/** A method call: `[methodName, ...args]`; the first call of a case names the class. */
export const CallSchema = z.tuple([z.string().min(1)], JsonValueSchema);

/** A case for `style: class`: construct, call each method, compare the list of results. */
export const ClassCaseSchema = z
  .object({
    name: z.string().min(1).max(120),
    calls: z.array(CallSchema).min(1),
    expected: z.array(JsonValueSchema),
  })
  .strict()
  .refine((c) => c.calls.length === c.expected.length, {
    message: 'expected must have one result per call (the constructor counts as null)',
    path: ['expected'],
  });
export type ClassCase = z.infer<typeof ClassCaseSchema>;

export type TestCase = FunctionCase | ClassCase;

/** `tests.json` of a coding question. */
export const TestsFileSchema = z
  .object({
    examples: z.array(z.unknown()).min(1),
    hidden: z.array(z.unknown()),
  })
  .strict();

/** Who may see a section of a question's Markdown. */
export const SectionVisibility = {
  Public: 'public',
  Hint: 'hint',
  Interviewer: 'interviewer',
} as const;
export type SectionVisibility = (typeof SectionVisibility)[keyof typeof SectionVisibility];

/** One `## Heading {visibility}` section of a question file. */
export interface QuestionSection {
  heading: string;
  visibility: SectionVisibility;
  markdown: string;
}

/** What anyone, a candidate included, may see of a question. */
export interface PublicQuestion {
  id: string;
  kind: QuestionKind;
  title: string;
  difficulty: Difficulty;
  tags: string[];
  competencies: string[];
  timeLimitMinutes: number;
  /** The Markdown prompt (text before the first section) and public sections. */
  prompt: string;
  sections: QuestionSection[];
  /** Revealable hints, in order. Shown only when the person asks. */
  hints: QuestionSection[];
  /** Hash of every file of the question, so a session records exactly which version it asked. */
  contentHash: string;
  /** The team bank (`QUESTION_BANK_DIRS`) the question comes from; absent for the built-in bank. */
  bank?: string;
  coding?: PublicCodingDetails;
}

export interface PublicCodingDetails {
  style: 'function' | 'class';
  entry: string;
  compare: 'exact' | 'unordered' | 'float';
  cpuTimeLimitMs: number;
  memoryLimitMb: number;
  examples: TestCase[];
  hiddenCount: number;
  starters: Partial<Record<Language, string>>;
}

/** Interviewer-only material of a question: never sent to a candidate. */
export interface InterviewerMaterial {
  /** `{interviewer}` sections: rubric, follow-ups, common mistakes. */
  interviewerSections: QuestionSection[];
  /** Coding only: the hidden cases. */
  hidden?: TestCase[];
  /** Coding only: reference solutions. */
  solutions?: Partial<Record<Language, string>>;
}

/** Everything about a question: what the bank's interviewer view serves. */
export type InterviewerQuestion = PublicQuestion & InterviewerMaterial;

/**
 * A question as a candidate in a live room sees it: the public view, but hints are held back on
 * the server; `hints` holds only those the interviewer revealed, `hintCount` how many exist.
 */
export type CandidateQuestion = Omit<PublicQuestion, 'hints'> & {
  hints: QuestionSection[];
  hintCount: number;
};

/** The list entry for a question: no prompt body. */
export type QuestionSummary = Omit<PublicQuestion, 'prompt' | 'sections' | 'hints' | 'coding'> & {
  hasStarter: boolean;
};

/**
 * Largest page `GET /api/questions` returns, and its default: a caller that does not page gets
 * the whole (filtered) bank in one answer; the browser page asks for 20 at a time.
 */
export const MAX_QUESTION_PAGE = 500;

/** Query of `GET /api/questions`; every filter is optional and they combine with AND. */
export const QuestionListQuerySchema = z.object({
  /** Only questions of this kind. */
  kind: z.enum(QUESTION_KINDS).optional(),
  difficulty: z.enum(DIFFICULTIES).optional(),
  /** Only questions carrying this tag. */
  tag: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'tags are lower-case kebab-case')
    .max(60)
    .optional(),
  /** Only questions naming this competency id. */
  competency: z.enum(COMPETENCY_IDS).optional(),
  /** Text search: every word must appear in the question's public text. */
  q: z.string().trim().max(200).optional(),
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  limit: z.coerce.number().int().min(1).max(MAX_QUESTION_PAGE).default(MAX_QUESTION_PAGE),
});
export type QuestionListQuery = z.infer<typeof QuestionListQuerySchema>;

/** Body of `GET /api/questions`. */
export interface QuestionListResponse {
  items: QuestionSummary[];
  /** How many questions match the filters, across all pages. */
  total: number;
  offset: number;
  limit: number;
}
