import { useQuery } from '@tanstack/react-query';
import { TranscriptResponseSchema, type TranscriptResponse } from '@mockloop/shared';
import { exportUrl } from '../../api/history';
import { apiFetch } from '../../api/http';
import { queryKeys } from '../../api/queryKeys';
import { Markdown } from '../../markdown/Markdown';

function elapsed(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const minutes = Math.floor(total / 60);
  return `${minutes}:${String(total % 60).padStart(2, '0')}`;
}

type Entry = TranscriptResponse['entries'][number];

function EntryLine({ entry, start, who }: { entry: Entry; start: number; who: string }) {
  return (
    <li className={`transcript-entry transcript-${entry.kind}`}>
      <time dateTime={new Date(entry.at).toISOString()} className="muted">
        {elapsed(entry.at - start)}
      </time>{' '}
      <span className="transcript-who">{who}</span> {entry.summary}
      {entry.body ? <Markdown className="transcript-body" source={entry.body} /> : null}
    </li>
  );
}

/**
 * A session's transcript as the viewer may see it, in log order, with its downloads. The server
 * builds it from the events the viewer may read, so nothing here needs hiding.
 */
export function SessionTranscript({ sessionId }: { sessionId: string }) {
  const query = useQuery({
    queryKey: queryKeys.transcript(sessionId),
    queryFn: () =>
      apiFetch(
        `/api/sessions/${encodeURIComponent(sessionId)}/transcript`,
        TranscriptResponseSchema,
      ),
  });
  return (
    <section className="card transcript" aria-labelledby="transcript-heading">
      <h2 id="transcript-heading">Transcript</h2>
      <p>
        Download:{' '}
        <a href={exportUrl(sessionId, 'markdown')} download>
          Markdown
        </a>{' '}
        <a href={exportUrl(sessionId, 'json')} download>
          JSON
        </a>
      </p>
      {query.isPending ? <p>Loading…</p> : null}
      {query.isError ? (
        <p role="alert">Could not load the transcript: {query.error.message}</p>
      ) : null}
      {query.data ? (
        <ol className="transcript-list">
          {query.data.entries.map((entry) => (
            <EntryLine
              key={entry.seq}
              entry={entry}
              start={query.data.session.createdAt}
              who={
                entry.actorId === null
                  ? 'MockLoop'
                  : (query.data.people.find((p) => p.userId === entry.actorId)?.displayName ??
                    'Former participant')
              }
            />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
