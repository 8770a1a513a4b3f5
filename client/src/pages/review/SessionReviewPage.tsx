import { useMemo, useState, type ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { foldSessionReplay, type SessionReplay, type TranscriptResponse } from '@mockloop/shared';
import { queryKeys } from '../../api/queryKeys';
import { getAllSessionEvents, getTranscript } from '../../api/sessionReview';
import { OtherAttempts } from './OtherAttempts';
import { parseInstant, pickPart } from './pickPart';
import { ReplayPlayer } from './ReplayPlayer';
import { ReviewFeedback } from './ReviewFeedback';
import { ReviewHeader } from './ReviewHeader';
import { ReviewTranscript } from './ReviewTranscript';
import { usePlayback } from './usePlayback';
import './SessionReviewPage.css';

export interface SessionReviewPageProps {
  sessionId: string;
  /** Shown above the replay: a note ("this interview is over") or a practice loop's outcomes. */
  children?: ReactNode;
}

/**
 * `/sessions/:id` once the session is over: what happened (header, feedback, exports), the
 * transcript, and a replay of the code, answers, whiteboard and notes at any instant, linked by
 * `?t=` (milliseconds from the session's start).
 */
export function SessionReviewPage({ sessionId, children }: SessionReviewPageProps) {
  const [loaded, setLoaded] = useState(0);
  const transcript = useQuery({
    queryKey: queryKeys.transcript(sessionId),
    queryFn: () => getTranscript(sessionId),
  });
  const events = useQuery({
    queryKey: queryKeys.sessionEvents(sessionId),
    queryFn: () => getAllSessionEvents(sessionId, setLoaded),
  });
  const kind = transcript.data?.session.kind;
  const replay = useMemo(
    () => (kind && events.data ? foldSessionReplay(kind, events.data) : null),
    [kind, events.data],
  );

  const failed = transcript.error ?? events.error;
  if (failed) {
    return (
      <section>
        <h1>Cannot open this session</h1>
        <p className="error-text" role="alert">
          {failed.message}
        </p>
      </section>
    );
  }
  if (!transcript.data || !replay) {
    return (
      <p role="status">
        Loading the session{loaded > 0 ? ` (${loaded.toLocaleString()} events so far)` : ''}…
      </p>
    );
  }
  return (
    <Review transcript={transcript.data} replay={replay}>
      {children}
    </Review>
  );
}

function Review({
  transcript,
  replay,
  children,
}: {
  transcript: TranscriptResponse;
  replay: SessionReplay;
  children: ReactNode;
}) {
  const origin = replay.start;
  const [params, setParams] = useSearchParams();
  const [initialAt] = useState(() => origin + (parseInstant(params.get('t')) ?? 0));
  const [partIndex, setPartIndex] = useState(() => pickPart(replay, initialAt)?.index ?? 0);
  const part = replay.parts[partIndex];
  const playback = usePlayback(part ?? { start: origin, end: replay.end, activity: [] }, initialAt);

  const names = new Map(transcript.people.map((p) => [p.userId, p.displayName]));
  const nameOf = (actorId: string | null) =>
    actorId === null ? 'MockLoop' : (names.get(actorId) ?? 'Former participant');

  function seekTo(at: number, round: number | null = null) {
    const target = pickPart(replay, at, round);
    if (target) setPartIndex(target.index);
    playback.seek(at);
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('t', String(Math.max(0, Math.round(at - origin))));
        return next;
      },
      { replace: true },
    );
  }

  return (
    <div className="session-review">
      <ReviewHeader transcript={transcript} replay={replay} />
      {children}
      <ReviewFeedback transcript={transcript} nameOf={nameOf} />
      <OtherAttempts parts={replay.parts} />
      {replay.parts.length > 1 ? (
        <label className="review-round-select">
          Round{' '}
          <select
            value={partIndex}
            onChange={(e) => {
              const chosen = replay.parts[Number(e.target.value)];
              if (chosen) seekTo(chosen.start, chosen.round);
            }}
          >
            {replay.parts.map((p) => (
              <option key={p.index} value={p.index}>
                {p.index + 1}. {p.title}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {part ? (
        <ReplayPlayer
          part={part}
          playback={playback}
          origin={origin}
          onSeek={(at) => seekTo(at, part.round)}
          nameOf={nameOf}
          notes={replay.notesAt(playback.at)}
        />
      ) : (
        <p className="card muted">No question was asked, so there is nothing to replay.</p>
      )}
      <ReviewTranscript
        entries={transcript.entries}
        origin={origin}
        nameOf={nameOf}
        onSeek={seekTo}
      />
    </div>
  );
}
