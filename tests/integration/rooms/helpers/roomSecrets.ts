import type { PublicQuestion } from '@mockloop/shared';
import { loadBank } from '../../../../server/src/bank/loadBank';

/** Text of a question that only an interviewer may receive, as searchable fragments. */
export interface QuestionSecrets {
  /** Interviewer-only sections (rubric, follow-ups). */
  interviewerSections: string[];
  /** Lines of the reference solutions. */
  solutions: string[];
  /** Hidden cases' inputs and expected values, as JSON. */
  hiddenCases: string[];
  /** Each hint's fragments, by hint index: secret until that hint is revealed. */
  hints: string[][];
}

const MIN_FRAGMENT = 16;

/** Lines long enough to be unmistakable; a short line (`}`) could turn up anywhere. */
function fragments(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length >= MIN_FRAGMENT);
}

function publicText(view: PublicQuestion): string {
  const { hints: _hints, ...withoutHints } = view;
  return JSON.stringify(withoutHints) + withoutHints.prompt;
}

/**
 * The secrets of `questionId` in the bank at `bankDir`, leaving out anything the public view
 * also shows (a starter line, say), so every fragment found in a candidate's frames is a leak.
 */
export async function questionSecrets(
  bankDir: string,
  questionId: string,
): Promise<QuestionSecrets> {
  const bank = await loadBank(bankDir);
  const full = bank.interviewerView(questionId);
  const view = bank.publicView(questionId);
  if (!full || !view) throw new Error(`no question ${questionId} in ${bankDir}`);
  const shown = publicText(view);
  const secret = (items: string[]) => items.filter((item) => !shown.includes(item));
  const hiddenCases = (full.hidden ?? []).flatMap((c) => [
    JSON.stringify('args' in c ? c.args : c.calls),
    JSON.stringify(c.expected),
  ]);
  return {
    interviewerSections: secret(full.interviewerSections.flatMap((s) => fragments(s.markdown))),
    solutions: secret(Object.values(full.solutions ?? {}).flatMap((code) => fragments(code))),
    hiddenCases: secret(hiddenCases.filter((json) => json.length >= 6)),
    hints: full.hints.map((h) => secret(fragments(h.markdown))),
  };
}

/** Everything a candidate must not have received once `revealed` hints were shown. */
export function candidateMustNotSee(secrets: QuestionSecrets, revealed: number): string[] {
  return [
    ...secrets.interviewerSections,
    ...secrets.solutions,
    ...secrets.hiddenCases,
    ...secrets.hints.slice(revealed).flat(),
  ];
}
