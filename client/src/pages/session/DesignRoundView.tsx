import { useEffect, useState } from 'react';
import type { RoundState } from '@mockloop/shared';
import { DesignRound } from '../../rounds/DesignRound';
import { OfflineNotice } from '../../rounds/OfflineNotice';
import { QuestionProse } from '../questions/QuestionProse';
import type { RoundViewProps } from './CodingRoundView';
import { sceneFromDraft, sceneToDraft } from './designScene';
import { RoundHints } from './RoundHints';
import { useRoundDraft } from './useRoundDraft';

function initialWork(round: RoundState) {
  if (round.draft?.kind === 'system-design') return round.draft;
  return { kind: 'system-design' as const, notes: '', scene: null };
}

/** A timed system-design round: requirements, Markdown notes and a whiteboard, saved as one draft. */
export function DesignRoundView({
  sessionId,
  round,
  question,
  onRoundOver,
  registerSave,
}: RoundViewProps) {
  const saved = useRoundDraft(
    sessionId,
    round.index,
    initialWork(round),
    round.revision,
    onRoundOver,
  );
  const { setDraft } = saved;
  useEffect(() => registerSave(saved.saveNow), [registerSave, saved.saveNow]);
  // Read once: both panes own their content after the first render.
  const [initial] = useState(() => initialWork(round));

  return (
    <div className="design-round-page">
      <section className="card" aria-label="Requirements">
        <QuestionProse question={question} />
        <RoundHints
          sessionId={sessionId}
          index={round.index}
          hintCount={round.hintCount}
          revealed={round.revealedHints}
        />
      </section>
      <OfflineNotice status={saved.status} />
      <DesignRound
        initialNotes={initial.notes}
        initialScene={sceneFromDraft(initial.scene)}
        onNotesChange={(notes) => setDraft((work) => ({ ...work, notes }))}
        onSceneChange={(scene) => setDraft((work) => ({ ...work, scene: sceneToDraft(scene) }))}
        over={false}
        rubric={[]}
        onRubricChange={() => {}}
      />
    </div>
  );
}
