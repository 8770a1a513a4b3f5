import { useId, useState } from 'react';
import { useDebouncedCallback } from './useDebouncedCallback';
import {
  answerWords,
  EMPTY_STAR_ANSWER,
  spokenLength,
  STAR_PARTS,
  WORDS_PER_MINUTE,
  type StarAnswer,
} from './starAnswer';
import './BehavioralAnswer.css';

export interface BehavioralAnswerProps {
  /** A saved answer to start from; read once. */
  initialAnswer?: StarAnswer;
  /** Called with the whole answer once typing settles. */
  onChange: (answer: StarAnswer) => void;
  readOnly?: boolean;
  /** Default 800 ms. */
  debounceMs?: number;
}

/** A behavioral answer in Situation / Task / Action / Result parts, with its length. */
export function BehavioralAnswer({
  initialAnswer = EMPTY_STAR_ANSWER,
  onChange,
  readOnly = false,
  debounceMs = 800,
}: BehavioralAnswerProps) {
  const [answer, setAnswer] = useState(initialAnswer);
  const emit = useDebouncedCallback(onChange, debounceMs);
  const id = useId();
  const words = answerWords(answer);

  function handleInput(key: keyof StarAnswer, text: string) {
    const next = { ...answer, [key]: text };
    setAnswer(next);
    emit(next);
  }

  return (
    <div className="star-answer">
      {STAR_PARTS.map((part) => (
        <div key={part.key} className="star-part">
          <label htmlFor={`${id}-${part.key}`}>{part.label}</label>
          <p id={`${id}-${part.key}-hint`} className="star-hint">
            {part.hint}
          </p>
          <textarea
            id={`${id}-${part.key}`}
            aria-describedby={`${id}-${part.key}-hint`}
            value={answer[part.key]}
            readOnly={readOnly}
            rows={part.key === 'action' ? 6 : 3}
            onChange={(event) => handleInput(part.key, event.target.value)}
          />
        </div>
      ))}
      <p className="star-length" data-testid="answer-length">
        {words} {words === 1 ? 'word' : 'words'}, about {spokenLength(words)} spoken (at{' '}
        {WORDS_PER_MINUTE} words a minute)
      </p>
    </div>
  );
}
