import type {
  CodingFrontMatter,
  InterviewerQuestion,
  Language,
  PublicQuestion,
  QuestionSummary,
  TestCase,
} from '@mockloop/shared';

/**
 * A coding question as the server holds it: everything, hidden cases and reference solutions
 * included. It never leaves the server except through an interviewer view.
 */
export interface CodingQuestion {
  id: string;
  frontMatter: CodingFrontMatter;
  examples: TestCase[];
  hidden: TestCase[];
  /** Reference solutions by language; never served to a candidate. */
  solutions: Partial<Record<Language, string>>;
  starters: Partial<Record<Language, string>>;
  /** Absolute path of the question's folder. */
  dir: string;
  contentHash: string;
}

/** The full view, for a live session's interviewer only. */
export type { InterviewerQuestion };

export interface QuestionFilter {
  kind?: string;
  difficulty?: string;
  tag?: string;
  competency?: string;
  q?: string;
  offset?: number;
  limit?: number;
}

/** The loaded, validated, indexed bank. Built once at start-up by `loadBank(dir)`. */
export interface QuestionBank {
  list(filter: QuestionFilter): { items: QuestionSummary[]; total: number };
  publicView(id: string): PublicQuestion | undefined;
  interviewerView(id: string): InterviewerQuestion | undefined;
  coding(id: string): CodingQuestion | undefined;
}
