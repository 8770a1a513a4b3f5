import { IDLE_GAP_MS } from './playTime';
import type { AuthorSpan } from './replayTypes';

/** One edit and who made it. */
export interface AuthoredInstant {
  at: number;
  actorId: string | null;
}

/**
 * Each author's edits grouped into spans: a pause longer than the idle gap starts a new one.
 * Edits the server made by itself (`actorId` null) belong to no one's track.
 */
export function authorSpans(edits: readonly AuthoredInstant[]): AuthorSpan[] {
  const open = new Map<string, AuthorSpan>();
  const spans: AuthorSpan[] = [];
  for (const { at, actorId } of [...edits].sort((a, b) => a.at - b.at)) {
    if (actorId === null) continue;
    const span = open.get(actorId);
    if (span && at - span.end <= IDLE_GAP_MS) {
      span.end = at;
      continue;
    }
    const next = { actorId, start: at, end: at };
    open.set(actorId, next);
    spans.push(next);
  }
  return spans;
}
