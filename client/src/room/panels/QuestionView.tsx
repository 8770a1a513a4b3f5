import type { CandidateQuestion } from '@mockloop/shared';
import { QuestionExamples } from '../../pages/questions/QuestionExamples';
import { QuestionProse } from '../../pages/questions/QuestionProse';
import { RevealedHints } from './RevealedHints';

const KIND_LABELS: Record<CandidateQuestion['kind'], string> = {
  coding: 'Coding',
  behavioral: 'Behavioral',
  'system-design': 'System design',
};

export interface QuestionViewProps {
  question: CandidateQuestion;
  /**
   * Show `question.hints` as the revealed ones. The interviewer's view lists every hint there,
   * so the interviewer's sidebar shows hints with their reveal buttons instead.
   */
  showHints: boolean;
}

/** The question as the candidate sees it: prompt, public sections, examples, revealed hints. */
export function QuestionView({ question, showHints }: QuestionViewProps) {
  return (
    <section className="room-question" aria-label="Question">
      <h2>{question.title}</h2>
      <p className="muted">
        {KIND_LABELS[question.kind]} · {question.difficulty} · {question.timeLimitMinutes} min
      </p>
      <QuestionProse question={question} />
      {question.coding && <QuestionExamples coding={question.coding} />}
      {showHints && <RevealedHints hints={question.hints} total={question.hintCount} />}
    </section>
  );
}

/** The candidate's side before the interviewer presents a question. */
export function WaitingForQuestion() {
  return (
    <section className="room-question" aria-label="Question">
      <p role="status">Waiting for the interviewer to present a question…</p>
    </section>
  );
}
