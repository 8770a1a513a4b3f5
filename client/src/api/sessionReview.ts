import {
  fromWireEvent,
  SessionEventsResponseSchema,
  TranscriptResponseSchema,
  type SessionEvent,
  type SessionEventsResponse,
  type TranscriptResponse,
} from '@mockloop/shared';
import { apiFetch } from './http';

/** Events per request when loading a replay: a long interview holds one per keystroke. */
export const EVENTS_PAGE_SIZE = 2_000;

/** `GET /api/sessions/:id/transcript`: the session as the viewer may read it back. */
export function getTranscript(sessionId: string): Promise<TranscriptResponse> {
  return apiFetch(
    `/api/sessions/${encodeURIComponent(sessionId)}/transcript`,
    TranscriptResponseSchema,
  );
}

/**
 * Every event the viewer may see, a page at a time (`afterSeq`, `nextAfterSeq`), telling
 * `onProgress` how many have arrived so a long session shows that it is loading.
 */
export async function getAllSessionEvents(
  sessionId: string,
  onProgress: (loaded: number) => void = () => {},
  pageSize = EVENTS_PAGE_SIZE,
): Promise<SessionEvent[]> {
  const events: SessionEvent[] = [];
  let afterSeq: number | null = 0;
  while (afterSeq !== null) {
    const page: SessionEventsResponse = await apiFetch(
      `/api/sessions/${encodeURIComponent(sessionId)}/events?afterSeq=${afterSeq}&limit=${pageSize}`,
      SessionEventsResponseSchema,
    );
    for (const wire of page.events) events.push(fromWireEvent(wire));
    onProgress(events.length);
    afterSeq = page.nextAfterSeq;
  }
  return events;
}
