import type { TranscriptResponse } from '@mockloop/shared';
import { Markdown } from '../../markdown/Markdown';
import { clockText } from '../../rounds/remaining';

type Entry = TranscriptResponse['entries'][number];

export interface ReviewTranscriptProps {
  entries: readonly Entry[];
  origin: number;
  nameOf: (actorId: string | null) => string;
  /** A line was chosen: show the replay at its instant (in its round, when it has one). */
  onSeek: (at: number, round: number | null) => void;
}

/**
 * Everything the viewer may see, in time order; each line is a button that takes the replay to
 * its moment. The server builds it from the events the viewer may read, so nothing is hidden here.
 */
export function ReviewTranscript({ entries, origin, nameOf, onSeek }: ReviewTranscriptProps) {
  return (
    <section className="card transcript" aria-labelledby="transcript-heading">
      <h2 id="transcript-heading">Transcript</h2>
      {entries.length === 0 ? <p className="muted">Nothing happened in this session.</p> : null}
      <ol className="transcript-list">
        {entries.map((entry) => (
          <li key={entry.seq} className={`transcript-entry transcript-${entry.kind}`}>
            <button
              type="button"
              className="transcript-seek"
              onClick={() => onSeek(entry.at, entry.round)}
            >
              <time dateTime={new Date(entry.at).toISOString()} className="muted">
                {clockText(entry.at - origin)}
              </time>{' '}
              <span className="transcript-who">{nameOf(entry.actorId)}</span> {entry.summary}
            </button>
            {entry.body ? <Markdown className="transcript-body" source={entry.body} /> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
