import {
  INTERVIEW_FORMATS,
  InviteState,
  SessionListResponseSchema,
  SessionSchema,
  type CreateInterviewResponse,
  type InterviewFormat,
  type InvitePreview,
  type JoinInterviewResponse,
  type Session,
  type SessionListResponse,
} from '@mockloop/shared';
import { apiFetch, type ResponseSchema } from './http';

/*
 * Live interviews over REST (docs/realtime.md, "Live rooms"): create a room, preview and use
 * its invite. The answers are plain interfaces in shared/, checked here field by field.
 */

const INVALID = { success: false as const, error: { issues: [] } };

function record(data: unknown): Record<string, unknown> | null {
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : null;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isRole = (value: unknown) => value === 'interviewer' || value === 'candidate';
const isFormat = (value: unknown): value is InterviewFormat =>
  INTERVIEW_FORMATS.some((format) => format === value);
const INVITE_STATES: readonly unknown[] = Object.values(InviteState);

const CreateInterviewResponseSchema: ResponseSchema<CreateInterviewResponse> = {
  safeParse(data) {
    const body = record(data);
    const session = SessionSchema.safeParse(body?.session);
    if (!session.success || !isString(body?.inviteUrl)) return INVALID;
    return { success: true, data: { session: session.data, inviteUrl: body.inviteUrl } };
  },
};

const InvitePreviewSchema: ResponseSchema<InvitePreview> = {
  safeParse(data) {
    const body = record(data);
    const invitedBy = record(body?.invitedBy);
    if (
      !body ||
      !isString(body.sessionId) ||
      !isString(body.title) ||
      !isFormat(body.format) ||
      !isString(invitedBy?.displayName) ||
      !isRole(body.role) ||
      !INVITE_STATES.includes(body.state)
    ) {
      return INVALID;
    }
    return { success: true, data: body as unknown as InvitePreview };
  },
};

const JoinInterviewResponseSchema: ResponseSchema<JoinInterviewResponse> = {
  safeParse(data) {
    const body = record(data);
    if (!isString(body?.sessionId) || !isRole(body.role)) return INVALID;
    return { success: true, data: body as unknown as JoinInterviewResponse };
  },
};

const SessionResponseSchema: ResponseSchema<{ session: Session }> = {
  safeParse(data) {
    const session = SessionSchema.safeParse(record(data)?.session);
    return session.success ? { success: true, data: { session: session.data } } : INVALID;
  },
};

function post(body: unknown): RequestInit {
  return { method: 'POST', body: JSON.stringify(body) };
}

export function createInterview(format: InterviewFormat): Promise<CreateInterviewResponse> {
  return apiFetch('/api/interviews', CreateInterviewResponseSchema, post({ format }));
}

export function getInvitePreview(code: string): Promise<InvitePreview> {
  return apiFetch(`/api/interviews/invites/${encodeURIComponent(code)}`, InvitePreviewSchema);
}

export function joinInterview(code: string): Promise<JoinInterviewResponse> {
  return apiFetch('/api/interviews/join', JoinInterviewResponseSchema, post({ code }));
}

export function getInviteLink(sessionId: string): Promise<{ inviteUrl: string }> {
  return apiFetch(`/api/interviews/${encodeURIComponent(sessionId)}/invite`, {
    safeParse(data) {
      const inviteUrl = record(data)?.inviteUrl;
      return isString(inviteUrl) ? { success: true, data: { inviteUrl } } : INVALID;
    },
  });
}

/** The person's live interviews, newest first (`GET /api/sessions?kind=interview`). */
export function listInterviews(): Promise<SessionListResponse> {
  return apiFetch('/api/sessions?kind=interview&limit=20', SessionListResponseSchema);
}

/** One session as the caller may see it: enough to tell a live room from a practice round. */
export function getSession(sessionId: string): Promise<{ session: Session }> {
  return apiFetch(`/api/sessions/${encodeURIComponent(sessionId)}`, SessionResponseSchema);
}
