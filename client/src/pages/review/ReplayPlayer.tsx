import { lazy, Suspense, useState } from 'react';
import type { ReplayNote, ReplayPart } from '@mockloop/shared';
import { Whiteboard } from '../../rounds/Whiteboard';
import { sceneFromDraft } from '../session/designScene';
import { clockText } from '../../rounds/remaining';
import { replayKeyAction } from './replayKeys';
import { ReplayTimeline } from './ReplayTimeline';
import { SPEEDS, type Playback, type Speed } from './usePlayback';

const ReadOnlyCodeEditor = lazy(() => import('../../editor/ReadOnlyCodeEditor'));

export interface ReplayPlayerProps {
  part: ReplayPart;
  playback: Playback;
  /** The session's start: `t` and the clock count from it. */
  origin: number;
  /** Seeks and writes the instant into the address. */
  onSeek: (at: number) => void;
  nameOf: (actorId: string | null) => string;
  notes: readonly ReplayNote[];
}

/** A cheap fingerprint of a scene, so the read-only board redraws only when it changed. */
function sceneKey(part: ReplayPart, at: number): string {
  const elements = part.sceneAt(at);
  return `${elements.length}:${elements.reduce((sum, e) => sum + Number(e.version ?? 0), 0)}`;
}

/**
 * The replay of one part at `playback.at`: controls, timeline, the code in a read-only editor,
 * the written answer, the whiteboard and the viewer's notes as they were then.
 */
export function ReplayPlayer({ part, playback, origin, onSeek, nameOf, notes }: ReplayPlayerProps) {
  const { at } = playback;
  const [copied, setCopied] = useState<string | null>(null);
  const code = part.codeAt(at);
  const answer = part.answerAt(at);
  const link = `${window.location.origin}${window.location.pathname}?t=${Math.round(at - origin)}`;

  function handleKeyDown(event: React.KeyboardEvent<HTMLElement>) {
    const action = replayKeyAction(event);
    if (!action) return;
    event.preventDefault();
    if (action.type === 'toggle') playback.toggle();
    else if (action.type === 'step')
      onSeek(Math.min(part.end, Math.max(part.start, at + action.ms)));
    else onSeek(action.type === 'start' ? part.start : part.end);
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Link copied.');
    } catch {
      setCopied(`Copy this link: ${link}`);
    }
  }

  return (
    <section className="card replay" aria-labelledby="replay-heading" onKeyDown={handleKeyDown}>
      <h2 id="replay-heading">Replay</h2>
      <div className="replay-controls">
        <button type="button" onClick={() => playback.toggle()} aria-keyshortcuts="Space">
          {playback.playing ? 'Pause' : 'Play'}
        </button>
        <span className="replay-clock" data-testid="replay-clock">
          {clockText(at - origin)} / {clockText(part.end - origin)}
        </span>
        <label>
          Speed{' '}
          <select
            value={playback.speed}
            onChange={(e) => playback.setSpeed(Number(e.target.value) as Speed)}
          >
            {SPEEDS.map((speed) => (
              <option key={speed} value={speed}>
                {speed}x
              </option>
            ))}
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            checked={playback.skipIdle}
            onChange={(e) => playback.setSkipIdle(e.target.checked)}
          />{' '}
          Skip idle time
        </label>
        <button type="button" onClick={() => void copyLink()}>
          Copy link to this moment
        </button>
        <span role="status" className="muted">
          {copied}
        </span>
      </div>
      <p className="muted replay-keys">
        Keys: Space plays or pauses; ← and → step 5 seconds (30 with Shift); Home and End jump to
        the ends.
      </p>
      <ReplayTimeline part={part} at={at} origin={origin} onSeek={onSeek} nameOf={nameOf} />
      <div className="replay-work">
        {part.kind === 'coding' ? (
          <div className="replay-editor">
            <Suspense fallback={<p className="editor-loading">Loading editor…</p>}>
              <ReadOnlyCodeEditor
                value={code}
                language={part.languageAt(at)}
                label={`Code at ${clockText(at - origin)} (read only)`}
              />
            </Suspense>
          </div>
        ) : null}
        {part.kind !== 'coding' || answer ? (
          <section className="replay-answer" aria-label="Answer at this moment">
            <h3>{part.kind === 'system-design' ? 'Notes' : 'Answer'}</h3>
            <pre tabIndex={0} data-testid="replay-answer">
              {answer || 'Nothing written yet.'}
            </pre>
          </section>
        ) : null}
        {part.kind === 'system-design' ? (
          <Whiteboard
            key={sceneKey(part, at)}
            initialScene={sceneFromDraft({ elements: [...part.sceneAt(at)] })}
            onChange={() => {}}
            readOnly
            label="Whiteboard at this moment"
          />
        ) : null}
        {notes.length > 0 ? (
          <section className="replay-notes" aria-label="Your private notes so far">
            <h3>Your private notes</h3>
            <ol>
              {notes.map((note) => (
                <li key={note.at}>
                  <time className="muted">{clockText(note.at - origin)}</time> {note.text}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
      </div>
    </section>
  );
}
