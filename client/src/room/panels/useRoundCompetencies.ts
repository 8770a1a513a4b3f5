import { useQueries } from '@tanstack/react-query';
import {
  COMPETENCY_IDS,
  type CompetencyId,
  type RoomRound,
  type RoomSnapshot,
} from '@mockloop/shared';
import { questionQuery } from '../../api/questions';

function known(ids: readonly string[]): CompetencyId[] {
  return COMPETENCY_IDS.filter((id) => ids.includes(id));
}

/**
 * The competencies of the questions asked in a round. The room's current question carries its
 * own; any other question of the round is read from the bank (`GET /api/questions/:id`).
 */
export function useRoundCompetencies(snapshot: RoomSnapshot, round: RoomRound): CompetencyId[] {
  const current = snapshot.question;
  const inRound = current && round.questions.some((q) => q.docIndex === current.docIndex);
  const fromRoom = inRound ? current.view.competencies : [];
  const others = [...new Set(round.questions.map((q) => q.questionId))].filter(
    (id) => !inRound || id !== current.view.id,
  );
  const fetched = useQueries({ queries: others.map(questionQuery) });
  return known([...fromRoom, ...fetched.flatMap((query) => query.data?.competencies ?? [])]);
}
