import type { DiscussionFrontMatter, CodingFrontMatter, PublicQuestion } from '@mockloop/shared';
import type { ParsedMarkdown } from './parseQuestionMarkdown';
import type { CodingQuestion, InterviewerQuestion } from './types';

/** One question as the bank holds it: both views, the coding details, and its search text. */
export interface LoadedQuestion {
  publicView: PublicQuestion;
  interviewerView: InterviewerQuestion;
  coding?: CodingQuestion;
  /** Lower-case text that `q` searches: public parts only, so search cannot probe hidden text. */
  searchText: string;
}

/**
 * Builds the public view (prompt, public sections, hints, examples, starters) and the
 * interviewer view (adds interviewer sections, hidden cases and reference solutions).
 */
export function buildViews(
  frontMatter: CodingFrontMatter | DiscussionFrontMatter,
  markdown: ParsedMarkdown,
  contentHash: string,
  coding?: CodingQuestion,
): LoadedQuestion {
  const publicView: PublicQuestion = {
    id: frontMatter.id,
    kind: frontMatter.kind,
    title: frontMatter.title,
    difficulty: frontMatter.difficulty,
    tags: [...frontMatter.tags],
    competencies: [...frontMatter.competencies],
    timeLimitMinutes: frontMatter.timeLimitMinutes,
    prompt: markdown.prompt,
    sections: markdown.sections.filter((s) => s.visibility === 'public'),
    hints: markdown.sections.filter((s) => s.visibility === 'hint'),
    contentHash,
  };
  if (coding) {
    const fm = coding.frontMatter;
    publicView.coding = {
      style: fm.style,
      entry: fm.entry,
      compare: fm.compare,
      cpuTimeLimitMs: fm.cpuTimeLimitMs,
      memoryLimitMb: fm.memoryLimitMb,
      examples: coding.examples,
      hiddenCount: coding.hidden.length,
      starters: { ...coding.starters },
    };
  }
  const interviewerView: InterviewerQuestion = {
    ...publicView,
    interviewerSections: markdown.sections.filter((s) => s.visibility === 'interviewer'),
    ...(coding ? { hidden: coding.hidden, solutions: { ...coding.solutions } } : {}),
  };
  const searchText = [
    publicView.id,
    publicView.title,
    ...publicView.tags,
    ...publicView.competencies,
    publicView.prompt,
    ...publicView.sections.flatMap((s) => [s.heading, s.markdown]),
  ]
    .join('\n')
    .toLowerCase();
  return { publicView, interviewerView, ...(coding ? { coding } : {}), searchText };
}
