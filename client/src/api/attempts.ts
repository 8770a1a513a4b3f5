import {
  AttemptsResponseSchema,
  RepeatedQuestionsResponseSchema,
  type AttemptsResponse,
  type RepeatedQuestionsResponse,
} from '@mockloop/shared';
import { apiFetch } from './http';

/** `GET /api/me/attempts?questionId=`: the person's attempts at one question, newest first. */
export function getAttempts(questionId: string): Promise<AttemptsResponse> {
  const params = new URLSearchParams({ questionId });
  return apiFetch(`/api/me/attempts?${params.toString()}`, AttemptsResponseSchema);
}

/** `GET /api/me/attempts/repeated`: the questions the person met more than once. */
export function getRepeatedQuestions(): Promise<RepeatedQuestionsResponse> {
  return apiFetch('/api/me/attempts/repeated', RepeatedQuestionsResponseSchema);
}
