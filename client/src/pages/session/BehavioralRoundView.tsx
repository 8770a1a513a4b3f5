import type { RoundState } from '@mockloop/shared';
import { BehavioralAnswer } from '../../rounds/BehavioralAnswer';
import { OfflineNotice } from '../../rounds/OfflineNotice';
import type { RoundViewProps } from './CodingRoundView';
import { RoundPrompt } from './RoundPrompt';
import { useRoundWork } from './useRoundWork';

function initialAnswer(round: RoundState) {
  if (round.draft?.kind === 'behavioral') return round.draft;
  return { kind: 'behavioral' as const, situation: '', task: '', action: '', result: '' };
}

/** A timed behavioral round: the prompt and a STAR answer with its spoken length, autosaved. */
export function BehavioralRoundView(props: RoundViewProps) {
  const { round } = props;
  const work = useRoundWork(props, () => initialAnswer(round));
  const { setDraft } = work;

  return (
    <div className="behavioral-round">
      <RoundPrompt {...props} label="Question" />
      <section className="card" aria-label="Your answer">
        <h2>Your answer</h2>
        <BehavioralAnswer
          initialAnswer={work.initial}
          onChange={(answer) => setDraft({ kind: 'behavioral', ...answer })}
        />
        <OfflineNotice status={work.status} />
      </section>
    </div>
  );
}
