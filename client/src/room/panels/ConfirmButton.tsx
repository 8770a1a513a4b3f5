import { useState } from 'react';

export interface ConfirmButtonProps {
  /** The button's name, e.g. "End round". */
  label: string;
  /** What is asked before acting, e.g. "End the round for both of you?". */
  question: string;
  /** The confirming button's name, e.g. "Yes, end the round". */
  confirmLabel: string;
  onConfirm: () => void;
  /** When false the first press acts at once (nothing would be lost). Default true. */
  needsConfirm?: boolean;
  disabled?: boolean;
  className?: string;
}

/**
 * A button whose action cannot be undone: the first press asks, inline and focusable (no
 * `window.confirm`, which browsers automated or not may block), the second acts.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  onConfirm,
  needsConfirm = true,
  disabled = false,
  className,
}: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);

  if (!asking) {
    return (
      <button
        type="button"
        className={className}
        disabled={disabled}
        onClick={() => (needsConfirm ? setAsking(true) : onConfirm())}
      >
        {label}
      </button>
    );
  }
  return (
    <div className="room-confirm" role="group" aria-label={label}>
      <p>{question}</p>
      <button
        type="button"
        autoFocus
        disabled={disabled}
        onClick={() => {
          setAsking(false);
          onConfirm();
        }}
      >
        {confirmLabel}
      </button>
      <button type="button" className="secondary" onClick={() => setAsking(false)}>
        Cancel
      </button>
    </div>
  );
}
