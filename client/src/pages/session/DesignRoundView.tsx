import type { RoundState } from '@mockloop/shared';
import { DesignRound } from '../../rounds/DesignRound';
import { OfflineNotice } from '../../rounds/OfflineNotice';
import type { RoundViewProps } from './CodingRoundView';
import { sceneFromDraft, sceneToDraft } from './designScene';
import { RoundPrompt } from './RoundPrompt';
import { useRoundWork } from './useRoundWork';

function initialWork(round: RoundState) {
  if (round.draft?.kind === 'system-design') return round.draft;
  return { kind: 'system-design' as const, notes: '', scene: null };
}

/** A timed system-design round: requirements, Markdown notes and a whiteboard, saved as one draft. */
export function DesignRoundView(props: RoundViewProps) {
  const { round } = props;
  const work = useRoundWork(props, () => initialWork(round));
  const { setDraft, initial } = work;

  return (
    <div className="design-round-page">
      <RoundPrompt {...props} label="Requirements" />
      <OfflineNotice status={work.status} />
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
