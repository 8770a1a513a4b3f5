import {
  COMPETENCY_IDS,
  DIFFICULTIES,
  ReviewReason,
  type CompetencyId,
  type Difficulty,
  type ProgressResponse,
  type ReviewItem,
  type Session,
} from '@mockloop/shared';

const WEEK = 7 * 24 * 60 * 60 * 1000;
/** 1970-01-01 was a Thursday: the Monday-based week it falls in began 3 days before it. */
const MONDAY_OFFSET = 3 * 24 * 60 * 60 * 1000;
/** Weeks the activity chart spans, ending with the current one. */
const WEEKS_SHOWN = 12;

export function weekStart(at: number): number {
  return Math.floor((at + MONDAY_OFFSET) / WEEK) * WEEK - MONDAY_OFFSET;
}

/** What progress needs to know of a question: its bank title and difficulty, if still there. */
export type QuestionInfo = (id: string) => { title: string; difficulty: Difficulty } | undefined;

/** Minutes from a coding round's start to its first accepted submit, per question asked. */
export interface AcceptTime {
  questionId: string;
  minutes: number;
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * Scores about `userId`: an interview's feedback written by someone else (a scorecard of their
 * round as candidate), or a practice session's feedback they wrote (a self-rating).
 */
function scoresAbout(session: Session, userId: string) {
  return session.feedback.flatMap((f) => {
    const self = f.authorId === userId;
    if (self !== (session.kind === 'practice')) return [];
    return Object.entries(f.ratings).map(([competency, score]) => ({
      competency: competency as CompetencyId,
      score,
      self,
    }));
  });
}

/** The progress page's figures from the person's sessions (newest first) at `now`. */
export function foldProgress(
  sessions: readonly Session[],
  userId: string,
  question: QuestionInfo,
  acceptTimes: readonly AcceptTime[],
  now: number,
): ProgressResponse {
  const thisWeek = weekStart(now);
  const weeks = Array.from({ length: WEEKS_SHOWN }, (_, i) => ({
    weekStart: thisWeek - (WEEKS_SHOWN - 1 - i) * WEEK,
    sessions: 0,
    judged: 0,
    accepted: 0,
  }));
  const scores = new Map<
    CompetencyId,
    { sum: number; fromInterviewers: number; fromSelf: number }
  >();
  const review = new Map<string, ReviewItem>();
  const seen = new Set<string>();

  for (const session of sessions) {
    const week = weeks[(weekStart(session.createdAt) - weeks[0]!.weekStart) / WEEK];
    const judged = session.summary?.questions.filter((q) => q.verdict !== null) ?? [];
    if (week) {
      week.sessions += 1;
      week.judged += judged.length;
      week.accepted += judged.filter((q) => q.verdict === 'accepted').length;
    }
    const about = scoresAbout(session, userId);
    for (const { competency, score, self } of about) {
      const entry = scores.get(competency) ?? { sum: 0, fromInterviewers: 0, fromSelf: 0 };
      entry.sum += score;
      if (self) entry.fromSelf += 1;
      else entry.fromInterviewers += 1;
      scores.set(competency, entry);
    }
    // Newest first: a question's latest attempt decides whether it needs review.
    const lowRating = about.length > 0 && about.every((s) => s.score <= 2);
    for (const asked of session.questions) {
      if (seen.has(asked.questionId)) continue;
      seen.add(asked.questionId);
      const verdict = session.summary?.questions.find(
        (q) => q.questionId === asked.questionId,
      )?.verdict;
      const reason =
        verdict && verdict !== 'accepted'
          ? ReviewReason.Failed
          : lowRating
            ? ReviewReason.RatedLow
            : null;
      const info = question(asked.questionId);
      if (reason && info)
        review.set(asked.questionId, {
          questionId: asked.questionId,
          title: info.title,
          reason,
          lastAt: asked.askedAt,
        });
    }
  }

  const byDifficulty = new Map<Difficulty, number[]>();
  for (const { questionId, minutes } of acceptTimes) {
    const difficulty = question(questionId)?.difficulty;
    if (difficulty)
      byDifficulty.set(difficulty, [...(byDifficulty.get(difficulty) ?? []), minutes]);
  }

  return {
    weeks,
    competencies: COMPETENCY_IDS.flatMap((competency) => {
      const s = scores.get(competency);
      if (!s) return [];
      const count = s.fromInterviewers + s.fromSelf;
      return [
        {
          competency,
          mean: s.sum / count,
          fromInterviewers: s.fromInterviewers,
          fromSelf: s.fromSelf,
        },
      ];
    }),
    timeToAccept: DIFFICULTIES.map((difficulty) => {
      const minutes = byDifficulty.get(difficulty) ?? [];
      return { difficulty, medianMinutes: median(minutes), accepted: minutes.length };
    }),
    reviewQueue: [...review.values()],
    sessionsRead: sessions.length,
  };
}
