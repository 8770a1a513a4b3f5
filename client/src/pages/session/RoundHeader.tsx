import { useState } from 'react';
import type { RoundState } from '@mockloop/shared';
import { RoundTimer } from '../../rounds/RoundTimer';

export interface RoundHeaderProps {
  round: RoundState;
  roundCount: number;
  offset: number;
  onExpire: () => void;
  /** Ends the round now; a coding round is judged as at the deadline. */
  onEnd: () => Promise<void>;
  onSkip: () => Promise<void>;
}

type Confirming = 'end' | 'skip' | null;

const CONFIRM_TEXT: Record<'end' | 'skip', string> = {
  end: 'End this round now? Your saved work is judged as it is, and there is no way back.',
  skip: 'Skip this round? Nothing is judged, and there is no way back.',
};

/** Round N of M, the title, the server's countdown, and End / Skip behind a confirmation. */
export function RoundHeader({
  round,
  roundCount,
  offset,
  onExpire,
  onEnd,
  onSkip,
}: RoundHeaderProps) {
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [busy, setBusy] = useState(false);

  async function handleConfirm() {
    if (!confirming) return;
    setBusy(true);
    try {
      await (confirming === 'end' ? onEnd() : onSkip());
    } finally {
      setBusy(false);
      setConfirming(null);
    }
  }

  return (
    <header className="round-header card">
      <div className="round-header-title">
        <p className="muted round-count">
          Round {round.index + 1} of {roundCount}
        </p>
        <h1>{round.title}</h1>
      </div>
      {round.deadline !== null && (
        <RoundTimer deadline={round.deadline} serverTimeOffset={offset} onExpire={onExpire} />
      )}
      <div className="round-header-actions">
        {confirming ? (
          <div role="alertdialog" aria-label="Confirm" className="round-confirm">
            <p>{CONFIRM_TEXT[confirming]}</p>
            <button type="button" onClick={() => void handleConfirm()} disabled={busy}>
              {busy ? 'Ending…' : confirming === 'end' ? 'Yes, end the round' : 'Yes, skip it'}
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming(null)}>
              Keep going
            </button>
          </div>
        ) : (
          <>
            <button type="button" onClick={() => setConfirming('end')}>
              End round
            </button>
            <button type="button" className="secondary" onClick={() => setConfirming('skip')}>
              Skip
            </button>
          </>
        )}
      </div>
    </header>
  );
}
