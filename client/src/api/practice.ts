import {
  CustomRunResultSchema,
  type CustomRunRequest,
  type CustomRunResult,
  PracticeStateSchema,
  QuestionListResponseSchema,
  RevealHintResponseSchema,
  RoundReviewSchema,
  PublicRunResultSchema,
  SaveDraftResponseSchema,
  SessionSchema,
  StartPracticeResponseSchema,
  type ChecklistRequest,
  type PracticeState,
  type QuickPracticeRequest,
  type RevealHintResponse,
  type RoundDraft,
  type RoundReview,
  type PublicRunResult,
  type SaveDraftResponse,
  type Session,
  type SessionRunRequest,
  type SelfRatingRequest,
  type StartPracticeRequest,
  type StartPracticeResponse,
} from '@mockloop/shared';
import { apiFetch, type ResponseSchema } from './http';

/*
 * Timed practice over REST (docs/sessions.md), through the app's data layer: every answer is
 * checked against its shared schema, so the pages trust their types.
 */

const NOT_A_LIST = { success: false as const, error: { issues: [] } };

function post(body?: unknown): RequestInit {
  return body === undefined ? { method: 'POST' } : { method: 'POST', body: JSON.stringify(body) };
}

function roundPath(sessionId: string, index: number, action: string): string {
  return `/api/sessions/${encodeURIComponent(sessionId)}/rounds/${index}/${action}`;
}

/** `GET /api/sessions?status=active` answers a page of sessions. */
const ActiveListSchema: ResponseSchema<Session[]> = {
  safeParse(data) {
    const list: unknown =
      typeof data === 'object' && data !== null && 'sessions' in data ? data.sessions : null;
    if (!Array.isArray(list)) return NOT_A_LIST;
    const sessions: Session[] = [];
    for (const item of list) {
      const parsed = SessionSchema.safeParse(item);
      if (!parsed.success) return NOT_A_LIST;
      sessions.push(parsed.data);
    }
    return { success: true, data: sessions };
  },
};

export function startPractice(body: StartPracticeRequest): Promise<StartPracticeResponse> {
  return apiFetch('/api/sessions', StartPracticeResponseSchema, post(body));
}

export function startQuickPractice(body: QuickPracticeRequest): Promise<StartPracticeResponse> {
  return apiFetch('/api/sessions/quick', StartPracticeResponseSchema, post(body));
}

/** The person's running practice sessions, newest first. */
export function listActiveSessions(): Promise<Session[]> {
  return apiFetch('/api/sessions?kind=practice&status=active&limit=20', ActiveListSchema);
}

export function getPracticeState(sessionId: string): Promise<PracticeState> {
  return apiFetch(`/api/sessions/${encodeURIComponent(sessionId)}/practice`, PracticeStateSchema);
}

export function saveDraft(
  sessionId: string,
  index: number,
  revision: number,
  draft: RoundDraft,
): Promise<SaveDraftResponse> {
  return apiFetch(roundPath(sessionId, index, 'draft'), SaveDraftResponseSchema, {
    method: 'PUT',
    body: JSON.stringify({ revision, draft }),
    // A save sent as the page hides must outlive it (bodies up to 64 kB).
    keepalive: JSON.stringify(draft).length < 60_000,
  });
}

export function revealHint(sessionId: string, index: number): Promise<RevealHintResponse> {
  return apiFetch(roundPath(sessionId, index, 'hints'), RevealHintResponseSchema, post());
}

export function endRound(sessionId: string, index: number): Promise<PracticeState> {
  return apiFetch(roundPath(sessionId, index, 'end'), PracticeStateSchema, post());
}

export function skipRound(sessionId: string, index: number): Promise<PracticeState> {
  return apiFetch(roundPath(sessionId, index, 'skip'), PracticeStateSchema, post());
}

export function getReview(sessionId: string, index: number): Promise<RoundReview> {
  return apiFetch(roundPath(sessionId, index, 'review'), RoundReviewSchema);
}

export function rateSelf(
  sessionId: string,
  index: number,
  body: SelfRatingRequest,
): Promise<PracticeState> {
  return apiFetch(roundPath(sessionId, index, 'self-rating'), PracticeStateSchema, post(body));
}

export function saveChecklist(
  sessionId: string,
  index: number,
  body: ChecklistRequest,
): Promise<PracticeState> {
  return apiFetch(roundPath(sessionId, index, 'checklist'), PracticeStateSchema, {
    method: 'PUT',
    body: JSON.stringify(body),
  });
}

/** `POST /api/runs` recorded in the session; a busy judge throws `BusyError`. */
export function runInSession(body: Required<SessionRunRequest>): Promise<PublicRunResult> {
  return apiFetch('/api/runs', PublicRunResultSchema, post(body));
}

/** `POST /api/runs/custom`: the person's own input, judged against nothing. */
export function runCustomInput(body: CustomRunRequest): Promise<CustomRunResult> {
  return apiFetch('/api/runs/custom', CustomRunResultSchema, post(body));
}

/** `GET /api/questions?kind=`: the ids of one kind's questions (for a hand-built loop). */
export async function listQuestionIds(kind: string): Promise<string[]> {
  const page = await apiFetch(
    `/api/questions?kind=${encodeURIComponent(kind)}`,
    QuestionListResponseSchema,
  );
  return page.items.map((item) => item.id);
}
