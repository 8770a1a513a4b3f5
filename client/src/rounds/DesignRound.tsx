import { NotesPane } from './NotesPane';
import { RubricChecklist, type RubricItem, type RubricResult } from './RubricChecklist';
import { Whiteboard } from './Whiteboard';
import type { WhiteboardScene } from './whiteboardScene';
import './DesignRound.css';

export interface DesignRoundProps {
  initialNotes: string;
  initialScene: WhiteboardScene | null;
  /** Debounced; the caller saves (e.g. through `useAutosave`). */
  onNotesChange: (notes: string) => void;
  /** Debounced; the caller saves. */
  onSceneChange: (scene: WhiteboardScene) => void;
  /** Once the round is over the work is read-only and the rubric appears. */
  over: boolean;
  rubric: readonly RubricItem[];
  initialTicked?: readonly string[];
  onRubricChange: (result: RubricResult) => void;
}

/** A system-design round's workspace: Markdown notes beside a whiteboard, then the rubric. */
export function DesignRound({
  initialNotes,
  initialScene,
  onNotesChange,
  onSceneChange,
  over,
  rubric,
  initialTicked = [],
  onRubricChange,
}: DesignRoundProps) {
  return (
    <div className="design-round">
      <div className="design-round-work">
        <NotesPane initialNotes={initialNotes} onChange={onNotesChange} readOnly={over} />
        <Whiteboard initialScene={initialScene} onChange={onSceneChange} readOnly={over} />
      </div>
      {over && (
        <RubricChecklist items={rubric} initialTicked={initialTicked} onChange={onRubricChange} />
      )}
    </div>
  );
}
