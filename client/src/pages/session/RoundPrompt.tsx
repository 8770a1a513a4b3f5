import type { ReactNode } from 'react';
import type { PublicQuestion, RoundState } from '@mockloop/shared';
import { QuestionProse } from '../questions/QuestionProse';
import { RoundHints } from './RoundHints';

/** The round's question: its prose, anything the round adds (examples), and its hints. */
export function RoundPrompt(props: {
  sessionId: string;
  round: RoundState;
  question: PublicQuestion;
  label: string;
  className?: string;
  children?: ReactNode;
}) {
  const { sessionId, round } = props;
  return (
    <section className={props.className ?? 'card'} aria-label={props.label}>
      <QuestionProse question={props.question} />
      {props.children}
      <RoundHints
        sessionId={sessionId}
        index={round.index}
        hintCount={round.hintCount}
        revealed={round.revealedHints}
      />
    </section>
  );
}
