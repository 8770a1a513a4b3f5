import {
  COMPETENCIES,
  ScorecardSchema,
  type CompetencyId,
  type Recommendation,
  type Scorecard,
} from '@mockloop/shared';

/** The scorecard form as typed so far. */
export interface ScorecardDraft {
  /** Competencies shown in the form, in order. */
  competencies: CompetencyId[];
  scores: Partial<Record<CompetencyId, number>>;
  evidence: Partial<Record<CompetencyId, string>>;
  strengths: string;
  improvements: string;
  recommendation: Recommendation | null;
}

export function emptyScorecardDraft(): ScorecardDraft {
  return {
    competencies: [],
    scores: {},
    evidence: {},
    strengths: '',
    improvements: '',
    recommendation: null,
  };
}

/**
 * The scorecard to send, or what is missing in words. Unscored competencies are left out, but
 * evidence without a score is a slip the interviewer is told about, not dropped in silence.
 */
export function scorecardFromDraft(
  draft: ScorecardDraft,
): { scorecard: Scorecard } | { problem: string } {
  const ratings: Scorecard['ratings'] = {};
  for (const competency of draft.competencies) {
    const score = draft.scores[competency];
    const evidence = draft.evidence[competency]?.trim() ?? '';
    if (score === undefined) {
      if (evidence) {
        return { problem: `Score ${COMPETENCIES[competency].label} or clear its evidence.` };
      }
      continue;
    }
    ratings[competency] = { score, evidence };
  }
  if (Object.keys(ratings).length === 0) return { problem: 'Score at least one competency.' };
  if (!draft.recommendation) return { problem: 'Choose a recommendation.' };
  const parsed = ScorecardSchema.safeParse({
    ratings,
    strengths: draft.strengths.trim(),
    improvements: draft.improvements.trim(),
    recommendation: draft.recommendation,
  });
  if (!parsed.success) return { problem: parsed.error.issues[0]?.message ?? 'Check the form.' };
  return { scorecard: parsed.data };
}
