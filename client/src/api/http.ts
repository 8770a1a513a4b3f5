import type { ApiErrorResponse } from '@mockloop/shared';

/** A failed API call, carrying the server's stable error code. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** A 503 `busy` (the judge's queue is full): try again after `retryAfterS` seconds. */
export class BusyError extends ApiError {
  constructor(
    message: string,
    readonly retryAfterS: number,
  ) {
    super(503, 'busy', message);
    this.name = 'BusyError';
  }
}

/** Code of the error for a 2xx answer whose body does not match its shared schema. */
export const BAD_RESPONSE = 'bad_response';

/**
 * What the boundary needs of a shared zod schema. Structural, so the client checks with the
 * shared schemas without depending on zod itself.
 */
export interface ResponseSchema<T> {
  safeParse(data: unknown):
    | { success: true; data: T }
    | {
        success: false;
        error: { issues: ReadonlyArray<{ path: PropertyKey[]; message: string }> };
      };
}

function isErrorResponse(body: unknown): body is ApiErrorResponse {
  return (
    typeof body === 'object' &&
    body !== null &&
    'error' in body &&
    typeof (body as ApiErrorResponse).error?.message === 'string'
  );
}

/** Calls our own API; any non-2xx answer becomes an ApiError with the server's message. */
async function send(path: string, init: RequestInit): Promise<{ status: number; body: unknown }> {
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      credentials: 'same-origin',
      headers: {
        Accept: 'application/json',
        ...(init.body ? { 'Content-Type': 'application/json' } : {}),
        ...init.headers,
      },
    });
  } catch {
    throw new ApiError(
      0,
      'network',
      'Cannot reach the server. Check your connection and try again.',
    );
  }
  const body: unknown = res.status === 204 ? undefined : await res.json().catch(() => undefined);
  if (!res.ok) {
    if (isErrorResponse(body)) {
      const { code, message } = body.error;
      if (res.status === 503 && code === 'busy') {
        throw new BusyError(message, Number(res.headers.get('Retry-After')) || 2);
      }
      throw new ApiError(res.status, code, message);
    }
    throw new ApiError(res.status, 'http', `The server answered ${res.status}.`);
  }
  return { status: res.status, body };
}

/**
 * Fetches JSON from our own API and checks it against `schema` (a shared response schema); a body
 * of another shape becomes an ApiError with code `bad_response` instead of a crash further on.
 */
export async function apiFetch<T>(
  path: string,
  schema: ResponseSchema<T>,
  init: RequestInit = {},
): Promise<T> {
  const { status, body } = await send(path, init);
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
  throw new ApiError(
    status,
    BAD_RESPONSE,
    `The server sent an answer this page does not understand${where}. Reload the page; if it persists, the app may need an update.`,
  );
}

/** Calls an API route whose answer has no body worth reading (`204 No Content`). */
export async function apiSend(path: string, init: RequestInit): Promise<void> {
  await send(path, init);
}
