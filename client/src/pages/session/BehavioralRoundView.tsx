import { useEffect, useId } from 'react';
import type { RoundState } from '@mockloop/shared';
import { OfflineNotice } from '../../rounds/OfflineNotice';
import { QuestionProse } from '../questions/QuestionProse';
import type { RoundViewProps } from './CodingRoundView';
import { RoundHints } from './RoundHints';
import { countWords, spokenLength, STAR_PARTS, type StarPart } from './starAnswer';
import { useRoundDraft } from './useRoundDraft';

function initialAnswer(round: RoundState) {
  if (round.draft?.kind === 'behavioral') return round.draft;
  return { kind: 'behavioral' as const, situation: '', task: '', action: '', result: '' };
}

/** A timed behavioral round: the prompt and a STAR answer, autosaved, with its spoken length. */
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
  const { draft, setDraft } = saved;
  useEffect(() => registerSave(saved.saveNow), [registerSave, saved.saveNow]);
  const idPrefix = useId();
  const words = STAR_PARTS.reduce((sum, part) => sum + countWords(draft[part.key]), 0);

  function handleChange(key: StarPart, text: string) {
    setDraft({ ...draft, [key]: text });
  }

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
      <section className="card star-answer" aria-label="Your answer">
        <h2>Your answer</h2>
        {STAR_PARTS.map((part) => (
          <div key={part.key} className="star-part">
            <label htmlFor={`${idPrefix}-${part.key}`}>{part.label}</label>
            <p className="muted" id={`${idPrefix}-${part.key}-help`}>
              {part.help}
            </p>
            <textarea
              id={`${idPrefix}-${part.key}`}
              aria-describedby={`${idPrefix}-${part.key}-help`}
              rows={4}
              value={draft[part.key]}
              onChange={(event) => handleChange(part.key, event.target.value)}
            />
          </div>
        ))}
        <p className="muted" data-testid="answer-length">
          {words} words, about {spokenLength(words)} spoken
        </p>
        <OfflineNotice status={saved.status} />
      </section>
    </div>
  );
}
