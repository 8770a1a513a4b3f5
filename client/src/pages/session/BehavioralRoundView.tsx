import { useEffect, useState } from 'react';
import type { RoundState } from '@mockloop/shared';
import { BehavioralAnswer } from '../../rounds/BehavioralAnswer';
import { OfflineNotice } from '../../rounds/OfflineNotice';
import { QuestionProse } from '../questions/QuestionProse';
import type { RoundViewProps } from './CodingRoundView';
import { RoundHints } from './RoundHints';
import { useRoundDraft } from './useRoundDraft';

function initialAnswer(round: RoundState) {
  if (round.draft?.kind === 'behavioral') return round.draft;
  return { kind: 'behavioral' as const, situation: '', task: '', action: '', result: '' };
}

/** A timed behavioral round: the prompt and a STAR answer with its spoken length, autosaved. */
export function BehavioralRoundView({
  sessionId,
  round,
  question,
  onRoundOver,
  registerSave,
}: RoundViewProps) {
  const saved = useRoundDraft(
    sessionId,
    round.index,
    initialAnswer(round),
    round.revision,
    onRoundOver,
  );
  const { setDraft } = saved;
  useEffect(() => registerSave(saved.saveNow), [registerSave, saved.saveNow]);
  // Read once: the answer component owns its text after the first render.
  const [initial] = useState(() => initialAnswer(round));

  return (
    <div className="behavioral-round">
      <section className="card" aria-label="Question">
        <QuestionProse question={question} />
        <RoundHints
          sessionId={sessionId}
          index={round.index}
          hintCount={round.hintCount}
          revealed={round.revealedHints}
        />
      </section>
      <section className="card" aria-label="Your answer">
        <h2>Your answer</h2>
        <BehavioralAnswer
          initialAnswer={initial}
          onChange={(answer) => setDraft({ kind: 'behavioral', ...answer })}
        />
        <OfflineNotice status={saved.status} />
      </section>
    </div>
  );
}
