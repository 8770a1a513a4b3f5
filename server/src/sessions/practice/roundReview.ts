import type { RoundReview } from '@mockloop/shared';
import type { InterviewerQuestion } from '../../bank/types';

/** The list items of the question's Rubric section: what a design checklist ticks. */
export function rubricItems(question: InterviewerQuestion): string[] {
  const rubric = question.interviewerSections.find((s) => /rubric/i.test(s.heading));
  if (!rubric) return [];
  return rubric.markdown
    .split('\n')
    .map((line) => /^[-*+]\s+(.+)$/.exec(line.trim())?.[1]?.trim())
    .filter((item): item is string => Boolean(item));
}

/**
 * Post-round material [ST7]: interviewer sections, reference solutions and the rubric. Hidden
 * cases are left out on purpose; they stay secret so questions stay reusable.
 */
export function buildRoundReview(index: number, question: InterviewerQuestion): RoundReview {
  return {
    index,
    questionId: question.id,
    kind: question.kind,
    sections: question.interviewerSections,
    solutions: question.solutions ? { ...question.solutions } : {},
    rubric: rubricItems(question),
  };
}
