import type { ReplayPart } from '@mockloop/shared';
import { clockText } from '../../rounds/remaining';
import { spokenDuration } from './clockText';

export interface ReplayTimelineProps {
  part: ReplayPart;
  /** The instant shown (epoch ms). */
  at: number;
  /** Instant the URL's `t` counts from: the session's start. */
  origin: number;
  onSeek: (at: number) => void;
  nameOf: (actorId: string | null) => string;
}

/** Where an instant sits on the part's bar, as a CSS percentage. */
function position(part: ReplayPart, at: number): string {
  const length = part.end - part.start;
  return `${length > 0 ? ((at - part.start) / length) * 100 : 0}%`;
}

/**
 * The part's timeline: a slider for the instant, a layer of markers (each a button that seeks
 * there), and one track per author showing when they edited.
 */
export function ReplayTimeline({ part, at, origin, onSeek, nameOf }: ReplayTimelineProps) {
  const authors = [...new Set(part.spans.map((s) => s.actorId))];
  return (
    <div className="replay-timeline">
      <input
        type="range"
        className="replay-slider"
        aria-label="Replay position"
        aria-valuetext={`${spokenDuration(at - origin)} into the session`}
        min={part.start}
        max={Math.max(part.end, part.start + 1)}
        step={100}
        value={at}
        onChange={(e) => onSeek(Number(e.target.value))}
        // Keys are the player's (5 s / 30 s steps), not the slider's own 100 ms ones.
        onKeyDown={(e) => {
          if (e.key.startsWith('Arrow') || e.key === 'Home' || e.key === 'End') e.preventDefault();
        }}
      />
      <ol className="replay-markers" aria-label="Moments">
        {part.markers.map((marker) => (
          <li key={marker.seq} style={{ left: position(part, marker.at) }}>
            <button
              type="button"
              className={`replay-marker replay-marker-${marker.kind}${marker.verdict ? ` verdict-${marker.verdict === 'accepted' ? 'ok' : 'bad'}` : ''}`}
              aria-label={`${marker.label} by ${nameOf(marker.actorId)}, at ${clockText(marker.at - origin)}`}
              title={`${clockText(marker.at - origin)} ${marker.label}`}
              onClick={() => onSeek(marker.at)}
            />
          </li>
        ))}
      </ol>
      {authors.map((actorId) => (
        <div className="replay-track" key={actorId}>
          <span className="replay-track-name">{nameOf(actorId)}</span>
          <ol className="replay-track-bar" aria-label={`When ${nameOf(actorId)} edited`}>
            {part.spans
              .filter((span) => span.actorId === actorId)
              .map((span) => (
                <li
                  key={span.start}
                  className="replay-span"
                  style={{
                    left: position(part, span.start),
                    width: `max(3px, calc(${position(part, span.end)} - ${position(part, span.start)}))`,
                  }}
                  title={`${clockText(span.start - origin)}–${clockText(span.end - origin)}`}
                >
                  <span className="visually-hidden">
                    {clockText(span.start - origin)} to {clockText(span.end - origin)}
                  </span>
                </li>
              ))}
          </ol>
        </div>
      ))}
    </div>
  );
}
