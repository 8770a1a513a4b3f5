import type { SessionEvent, SessionKind } from '../schemas/session';
import { interviewReplay } from './interviewReplay';
import { practiceParts } from './practiceReplay';
import type { ReplayPart, SessionReplay } from './replayTypes';
import { countAtOrBefore } from './timedSteps';

/**
 * A session's events, as its viewer may see them (`GET /api/sessions/:id/events`, every page),
 * folded for replay: per round or presented question, the code, answer and whiteboard at any
 * instant, the markers and each author's activity. Pure: the review page and tests share it.
 *
 * @example
 * const replay = foldSessionReplay('practice', events);
 * replay.parts[0]?.codeAt(replay.start + 30_000); // the code 30 s in
 */
export function foldSessionReplay(
  kind: SessionKind,
  events: readonly SessionEvent[],
): SessionReplay {
  const { parts, notes } =
    kind === 'practice' ? { parts: practiceParts(events), notes: [] } : interviewReplay(events);
  const start = Math.min(events[0]?.at ?? 0, ...parts.map((p) => p.start));
  const end = Math.max(events.at(-1)?.at ?? 0, ...parts.map((p) => p.end));
  return {
    start,
    end,
    parts,
    notesAt: (at) => notes.slice(0, countAtOrBefore(notes, at)),
  };
}

/** The part on at `at`: the last one that started at or before it, else the first. */
export function partAt(replay: SessionReplay, at: number): ReplayPart | undefined {
  let found = replay.parts[0];
  for (const part of replay.parts) if (part.start <= at) found = part;
  return found;
}
