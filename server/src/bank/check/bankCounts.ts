import { COMPETENCY_IDS, DIFFICULTIES, QUESTION_KINDS } from '@mockloop/shared';
import type { LoadedQuestion } from '../questionViews';

export interface BankCounts {
  total: number;
  /** `kind -> difficulty -> count`, every kind and difficulty present (zero included). */
  byKind: Record<string, Record<string, number>>;
  /** How many questions name each competency; a question may name several. */
  byCompetency: Record<string, number>;
  coding: { function: number; class: number; async: number };
}

const ASYNC_CODE = /\basync\b|\bPromise\b/;

/** Counts for the report and the bank targets (per kind, difficulty, competency). */
export function countBank(questions: LoadedQuestion[]): BankCounts {
  const byKind = Object.fromEntries(
    QUESTION_KINDS.map((kind) => [kind, Object.fromEntries(DIFFICULTIES.map((d) => [d, 0]))]),
  ) as Record<string, Record<string, number>>;
  const byCompetency = Object.fromEntries(COMPETENCY_IDS.map((c) => [c, 0])) as Record<
    string,
    number
  >;
  const coding = { function: 0, class: 0, async: 0 };
  for (const { publicView: v, coding: c } of questions) {
    const row = byKind[v.kind];
    if (row) row[v.difficulty] = (row[v.difficulty] ?? 0) + 1;
    for (const id of v.competencies) byCompetency[id] = (byCompetency[id] ?? 0) + 1;
    if (c) {
      coding[c.frontMatter.style] += 1;
      const solution = c.solutions.typescript ?? c.solutions.javascript ?? '';
      if (v.tags.includes('async') || ASYNC_CODE.test(solution)) coding.async += 1;
    }
  }
  return { total: questions.length, byKind, byCompetency, coding };
}
