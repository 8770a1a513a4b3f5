import { useEffect, useState } from 'react';
import type { QuestionListResponse } from '@mockloop/shared';
import { apiFetch } from '../../api/http';

export type ListLoad =
  | { state: 'loading'; previous?: QuestionListResponse }
  | { state: 'error'; message: string }
  | { state: 'ready'; data: QuestionListResponse };

interface Answer {
  query: string;
  data?: QuestionListResponse;
  error?: string;
}

/** Fetches `GET /api/questions?<query>`; the last answer stays visible while the next loads. */
export function useQuestionList(query: string): ListLoad {
  const [answer, setAnswer] = useState<Answer | undefined>();
  useEffect(() => {
    let live = true;
    apiFetch<QuestionListResponse>(`/api/questions?${query}`).then(
      (data) => live && setAnswer({ query, data }),
      (error: unknown) =>
        live && setAnswer({ query, error: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [query]);

  if (!answer || answer.query !== query) {
    return answer?.data ? { state: 'loading', previous: answer.data } : { state: 'loading' };
  }
  if (answer.data) return { state: 'ready', data: answer.data };
  return { state: 'error', message: answer.error ?? 'Unknown error' };
}
