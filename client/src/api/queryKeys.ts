/**
 * The filters and page of a questions list request, as sent: the filters are the address's own
 * strings (the server checks them), empty ones left out.
 */
export interface QuestionListParams {
  offset: number;
  limit: number;
  kind?: string;
  difficulty?: string;
  competency?: string;
  tag?: string;
  q?: string;
}

/**
 * Every TanStack Query key of the app, in one place, so a key is never spelled twice and
 * invalidating a whole family (`queryKeys.questions.all`) is one call.
 */
export const queryKeys = {
  /** Who is looking: `GET /api/auth/viewer`. */
  viewer: ['viewer'] as const,
  questions: {
    all: ['questions'] as const,
    list: (params: QuestionListParams) => ['questions', 'list', params] as const,
    detail: (id: string) => ['questions', 'detail', id] as const,
  },
  /**
   * Data that belongs to the signed-in person (sessions, history). Every such key starts with
   * this, so a change of person drops it all at once (see AuthContext).
   */
  mine: ['mine'] as const,
  /** Timed practice (docs/sessions.md); under `mine`, so a change of person drops it. */
  practice: {
    state: (sessionId: string) => ['mine', 'practice', sessionId] as const,
    review: (sessionId: string, index: number) =>
      ['mine', 'practice', sessionId, 'review', index] as const,
    active: ['mine', 'sessions', 'active'] as const,
  },
  /** `GET /api/sessions` pages for the history page, by filters. */
  history: (filters: object) => ['mine', 'sessions', 'history', filters] as const,
  /** `GET /api/sessions/:id/transcript`. */
  transcript: (sessionId: string) => ['mine', 'sessions', sessionId, 'transcript'] as const,
  /** Every page of `GET /api/sessions/:id/events`, for the replay. */
  sessionEvents: (sessionId: string) => ['mine', 'sessions', sessionId, 'events'] as const,
  /** `GET /api/me/attempts` of one question, and which questions were met more than once. */
  attempts: {
    list: (questionId: string) => ['mine', 'attempts', questionId] as const,
    repeated: ['mine', 'attempts', 'repeated'] as const,
  },
  /** `GET /api/me/progress`. */
  progress: ['mine', 'progress'] as const,
  /** Live interviews (docs/realtime.md); under `mine`. */
  interviews: {
    list: ['mine', 'interviews'] as const,
    session: (sessionId: string) => ['mine', 'sessions', sessionId, 'record'] as const,
    invite: (sessionId: string) => ['mine', 'interviews', sessionId, 'invite'] as const,
  },
  /** An invite's preview: open to anyone holding the link. */
  invite: (code: string) => ['invite', code] as const,
};
