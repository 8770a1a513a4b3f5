import type { QuestionSection } from '@mockloop/shared';
import type { LoadedQuestion } from '../questionViews';

export const MIN_EXAMPLES = 2;
export const MIN_HIDDEN = 8;

/** A rule a kind of question must meet: a name for the report and a test over the question. */
interface Rule {
  name: string;
  holds: (question: LoadedQuestion) => boolean;
}

const headingMatches = (sections: QuestionSection[], pattern: RegExp) =>
  sections.some((s) => pattern.test(s.heading) && s.markdown.trim().length > 0);

const publicSection = (pattern: RegExp, name: string): Rule => ({
  name: `a non-empty {public} section "${name}"`,
  holds: (q) => headingMatches(q.publicView.sections, pattern),
});

const interviewerSection = (pattern: RegExp, name: string): Rule => ({
  name: `a non-empty {interviewer} section "${name}"`,
  holds: (q) => headingMatches(q.interviewerView.interviewerSections, pattern),
});

const hasHint: Rule = {
  name: 'at least one non-empty {hint} section',
  holds: (q) => q.publicView.hints.length > 0 && q.publicView.hints.every((h) => h.markdown.trim()),
};

const RULES: Record<'coding' | 'behavioral' | 'system-design', Rule[]> = {
  coding: [
    {
      name: `at least ${MIN_EXAMPLES} examples`,
      holds: (q) => (q.coding?.examples.length ?? 0) >= MIN_EXAMPLES,
    },
    {
      name: `at least ${MIN_HIDDEN} hidden cases`,
      holds: (q) => (q.coding?.hidden.length ?? 0) >= MIN_HIDDEN,
    },
    {
      name: 'a TypeScript reference solution (solution.ts)',
      holds: (q) => q.coding?.solutions.typescript !== undefined,
    },
    {
      name: 'starter code in JavaScript and TypeScript (starter.js, starter.ts)',
      holds: (q) =>
        q.coding?.starters.javascript !== undefined && q.coding.starters.typescript !== undefined,
    },
    hasHint,
  ],
  behavioral: [
    hasHint,
    interviewerSection(/strong answer|STAR/i, 'What a strong answer shows'),
    interviewerSection(/follow-?ups?/i, 'Follow-ups'),
    interviewerSection(/red flags?/i, 'Red flags'),
  ],
  'system-design': [
    publicSection(/functional requirements/i, 'Functional requirements'),
    publicSection(/scale requirements|non-functional requirements/i, 'Scale requirements'),
    hasHint,
    interviewerSection(/follow-?ups?/i, 'Follow-ups'),
    interviewerSection(/rubric/i, 'Rubric'),
    interviewerSection(/reference outline/i, 'Reference outline'),
  ],
};

/** The bank rules of `question-bank/README.md` a question breaks, as report lines. */
export function brokenRules(question: LoadedQuestion): string[] {
  return RULES[question.publicView.kind]
    .filter((rule) => !rule.holds(question))
    .map((rule) => `needs ${rule.name}`);
}
