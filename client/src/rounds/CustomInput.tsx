import { useId, useState } from 'react';
import { parseCustomInput, type CustomInput as CustomInputValue } from './parseCustomInput';
import './CustomInput.css';

export interface CustomInputProps {
  style: 'function' | 'class';
  /** The function or class the code declares; class-style input must construct it first. */
  entry: string;
  initialText?: string;
  /** The parsed input after each edit, or null while it is not valid. */
  onChange: (input: CustomInputValue | null) => void;
}

const EXAMPLES = {
  function: (_entry: string) => '[[2, 7, 11, 15], 9]',
  class: (entry: string) => `[["${entry}", 2], ["put", 1, 1], ["get", 1]]`,
};

/** The person's own arguments (function style) or calls (class style), checked as they type. */
export function CustomInput({ style, entry, initialText = '', onChange }: CustomInputProps) {
  const [text, setText] = useState(initialText);
  const [edited, setEdited] = useState(false);
  const id = useId();
  const parsed = parseCustomInput(text, style, entry);
  const showError = edited && !parsed.ok;

  function handleInput(next: string) {
    setText(next);
    setEdited(true);
    const result = parseCustomInput(next, style, entry);
    onChange(result.ok ? result.input : null);
  }

  return (
    <div className="custom-input">
      <label htmlFor={id}>
        {style === 'function' ? 'Your arguments (JSON array)' : 'Your calls (JSON array)'}
      </label>
      <p id={`${id}-hint`} className="custom-input-hint">
        For example <code>{EXAMPLES[style](entry)}</code>
      </p>
      <textarea
        id={id}
        rows={4}
        spellCheck={false}
        value={text}
        aria-invalid={showError}
        aria-describedby={`${id}-hint ${id}-error`}
        onChange={(event) => handleInput(event.target.value)}
      />
      <p id={`${id}-error`} className="error-text custom-input-error" role="status">
        {showError ? parsed.message : ''}
      </p>
    </div>
  );
}
