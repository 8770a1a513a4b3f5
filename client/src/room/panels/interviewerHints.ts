import type { CandidateQuestion, QuestionSection } from '@mockloop/shared';

export interface InterviewerHints {
  /** Every hint's text the interviewer has (all of them, or only the revealed ones). */
  known: QuestionSection[];
  total: number;
  /** How many the candidate has been shown, as far as this tab knows. */
  revealed: number;
}

/**
 * The interviewer's hints. The room's contract gives the interviewer every hint in `view.hints`
 * and no count of those revealed, so the count is what this tab saw acknowledged
 * (`revealedSeen`); when `view.hints` holds fewer than `hintCount`, it is the revealed list.
 */
export function interviewerHints(view: CandidateQuestion, revealedSeen: number): InterviewerHints {
  const total = view.hintCount;
  const known = view.hints;
  const revealed = known.length < total ? known.length : Math.min(total, revealedSeen);
  return { known, total, revealed };
}
