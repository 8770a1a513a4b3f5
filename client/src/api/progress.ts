import { ProgressResponseSchema, type ProgressResponse } from '@mockloop/shared';
import { apiFetch } from './http';

/** `GET /api/me/progress`. */
export function getProgress(): Promise<ProgressResponse> {
  return apiFetch('/api/me/progress', ProgressResponseSchema);
}
