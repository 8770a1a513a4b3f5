import type { SessionReplay, TranscriptResponse } from '@mockloop/shared';
import { exportUrl } from '../../api/history';
import { clockText } from '../../rounds/remaining';

export interface ReviewHeaderProps {
  transcript: TranscriptResponse;
  replay: SessionReplay;
}

function outcome({ session }: TranscriptResponse, replay: SessionReplay): string {
  const judged = session.summary?.questions.filter((q) => q.verdict !== null) ?? [];
  if (judged.length === 0) return session.status === 'completed' ? 'Finished' : 'Ended';
  const titleOf = (id: string) => replay.parts.find((p) => p.questionId === id)?.title ?? id;
  return judged
    .map((q) => `${titleOf(q.questionId)}: ${q.verdict} (${q.passed}/${q.total})`)
    .join('; ');
}

/** Who took part and how, what was asked, how long it took and how it ended; the downloads. */
export function ReviewHeader({ transcript, replay }: ReviewHeaderProps) {
  const { session, people } = transcript;
  const ended = session.endedAt ?? replay.end;
  return (
    <header className="review-header">
      <h1>{session.title || 'Session'}: review</h1>
      <dl className="review-facts">
        <dt>When</dt>
        <dd>
          <time dateTime={new Date(session.createdAt).toISOString()}>
            {new Date(session.createdAt).toLocaleString()}
          </time>
        </dd>
        <dt>Duration</dt>
        <dd>{clockText(ended - session.createdAt)}</dd>
        <dt>People</dt>
        <dd>
          {people
            .map((p) => `${p.displayName} (${p.former ? 'former participant' : p.role})`)
            .join(', ')}
        </dd>
        <dt>Questions</dt>
        <dd>
          <ol className="review-questions">
            {replay.parts.map((part) => (
              <li key={part.index}>
                {part.title} <span className="muted">({part.kind})</span>
              </li>
            ))}
          </ol>
        </dd>
        <dt>Outcome</dt>
        <dd data-testid="review-outcome">{outcome(transcript, replay)}</dd>
      </dl>
      <p className="review-exports">
        Export:{' '}
        <a href={exportUrl(session.id, 'markdown')} download>
          Markdown
        </a>{' '}
        <a href={exportUrl(session.id, 'json')} download>
          JSON
        </a>
      </p>
    </header>
  );
}
