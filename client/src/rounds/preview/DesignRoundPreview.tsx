// TEMPORARY (round-ui, issue 12): a preview of the design round for the e2e test until the
// lead wires the real session page; replace this route and delete this folder then.
import { useState } from 'react';
import { DesignRound } from '../DesignRound';
import type { WhiteboardScene } from '../whiteboardScene';

const RUBRIC = [
  { id: 'requirements', text: 'Clarified functional and non-functional requirements' },
  { id: 'estimates', text: 'Estimated load and storage' },
  { id: 'bottlenecks', text: 'Named the bottlenecks and how to scale past them' },
];

/** Shows what the round's callbacks last received, so a test can read the work back. */
export function Component() {
  const [scene, setScene] = useState<WhiteboardScene | null>(null);
  const [notes, setNotes] = useState('');
  const [over, setOver] = useState(false);
  return (
    <section>
      <h1>Design round preview</h1>
      <DesignRound
        initialNotes=""
        initialScene={null}
        onNotesChange={setNotes}
        onSceneChange={setScene}
        over={over}
        rubric={RUBRIC}
        onRubricChange={() => {}}
      />
      <p>
        <button type="button" onClick={() => setOver(true)} disabled={over}>
          End round
        </button>
      </p>
      <p data-testid="saved-scene">
        Saved shapes: {scene ? scene.elements.map((element) => element.type).join(', ') : 'none'}
      </p>
      <p data-testid="saved-notes">Saved notes: {notes.length} characters</p>
    </section>
  );
}
