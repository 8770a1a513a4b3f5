import { SessionListResponseSchema, type SessionListResponse } from '@mockloop/shared';
import { apiFetch } from './http';

/** The history filters as the address holds them; empty ones are left out of the request. */
export interface HistoryFilters {
  kind?: string;
  status?: string;
  /** `YYYY-MM-DD`, inclusive. */
  from?: string;
  /** `YYYY-MM-DD`, inclusive (the server's `to` is exclusive, so the next day is sent). */
  to?: string;
  competency?: string;
  questionId?: string;
}

const PAGE_SIZE = 20;

function nextDay(date: string): string {
  const next = new Date(`${date}T00:00:00`);
  next.setDate(next.getDate() + 1);
  return String(next.getTime());
}

/** `GET /api/sessions` with the filters, one page after `cursor`. */
export function listSessions(
  filters: HistoryFilters,
  cursor: string | null,
): Promise<SessionListResponse> {
  const params = new URLSearchParams({ limit: String(PAGE_SIZE) });
  if (filters.kind) params.set('kind', filters.kind);
  if (filters.status) params.set('status', filters.status);
  if (filters.from) params.set('from', String(new Date(`${filters.from}T00:00:00`).getTime()));
  if (filters.to) params.set('to', nextDay(filters.to));
  if (filters.competency) params.set('competency', filters.competency);
  if (filters.questionId) params.set('questionId', filters.questionId);
  if (cursor) params.set('cursor', cursor);
  return apiFetch(`/api/sessions?${params.toString()}`, SessionListResponseSchema);
}

/** Where the browser downloads a session's transcript. */
export function exportUrl(sessionId: string, format: 'markdown' | 'json'): string {
  return `/api/sessions/${encodeURIComponent(sessionId)}/export?format=${format}`;
}
