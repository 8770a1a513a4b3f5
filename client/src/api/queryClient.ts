import { QueryClient } from '@tanstack/react-query';
import { ApiError, BAD_RESPONSE } from './http';

const MAX_RETRIES = 2;

/**
 * Retries only what a retry can mend: a dropped connection or a 5xx. A 4xx or an answer of the
 * wrong shape will be the same the next time, so it is shown at once.
 */
export function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof ApiError) {
    if (error.code === BAD_RESPONSE) return false;
    if (error.status >= 400 && error.status < 500) return false;
  }
  return failureCount < MAX_RETRIES;
}

/** The app's one QueryClient (tests make their own with `retry: false`). */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: shouldRetry,
        // Questions change only when the server restarts with a new bank.
        staleTime: 60_000,
        refetchOnWindowFocus: false,
      },
    },
  });
}
