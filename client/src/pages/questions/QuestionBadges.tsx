import { COMPETENCIES, type CompetencyId, type Difficulty } from '@mockloop/shared';
import './QuestionBadges.css';

const KIND_LABELS: Record<string, string> = {
  coding: 'Coding',
  behavioral: 'Behavioral',
  'system-design': 'System design',
};

export function kindLabel(kind: string): string {
  return KIND_LABELS[kind] ?? kind;
}

export function competencyLabel(id: string): string {
  return id in COMPETENCIES ? COMPETENCIES[id as CompetencyId].label : id;
}

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return (
    <span className={`badge difficulty-${difficulty}`}>
      <span className="visually-hidden">Difficulty: </span>
      {difficulty}
    </span>
  );
}

/** Difficulty, kind and competency badges for a question, and its team bank if it has one. */
export function QuestionBadges(props: {
  kind: string;
  difficulty: Difficulty;
  competencies: string[];
  timeLimitMinutes: number;
  /** The team bank (`QUESTION_BANK_DIRS`) the question comes from; absent for the built-in one. */
  bank?: string | undefined;
}) {
  return (
    <ul className="badges" aria-label="About this question">
      <li>
        <DifficultyBadge difficulty={props.difficulty} />
      </li>
      <li>
        <span className="badge kind">{kindLabel(props.kind)}</span>
      </li>
      {props.competencies.map((id) => (
        <li key={id}>
          <span className="badge competency" title={COMPETENCIES[id as CompetencyId]?.description}>
            {competencyLabel(id)}
          </span>
        </li>
      ))}
      <li>
        <span className="badge time">{props.timeLimitMinutes} min</span>
      </li>
      {props.bank && (
        <li>
          <span className="badge bank" data-testid="question-bank">
            <span className="visually-hidden">From the team bank </span>
            {props.bank}
          </span>
        </li>
      )}
    </ul>
  );
}
