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

function isErrorResponse(body: unknown): body is ApiErrorResponse {
  return (
    typeof body === 'object' &&
    body !== null &&
    'error' in body &&
    typeof (body as ApiErrorResponse).error?.message === 'string'
  );
}

/** Fetches JSON from our own API; any non-2xx answer becomes an ApiError with its message. */
export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
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
  const body: unknown = await res.json().catch(() => undefined);
  if (!res.ok) {
    if (isErrorResponse(body)) throw new ApiError(res.status, body.error.code, body.error.message);
    throw new ApiError(res.status, 'http', `The server answered ${res.status}.`);
  }
  return body as T;
}
