import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { PublicQuestionSchema, QuestionListResponseSchema } from '@mockloop/shared';
import { apiFetch } from './http';
import { queryKeys, type QuestionListParams } from './queryKeys';

function listOptions(params: QuestionListParams) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined) search.set(key, String(value));
  }
  return {
    queryKey: queryKeys.questions.list(params),
    queryFn: () => apiFetch(`/api/questions?${search.toString()}`, QuestionListResponseSchema),
  };
}

/**
 * One page of `GET /api/questions`. The previous page stays as `data` while the next loads, and
 * the page after this one is fetched ahead so "Next" answers at once.
 */
export function useQuestionList(params: QuestionListParams) {
  const queryClient = useQueryClient();
  const query = useQuery({ ...listOptions(params), placeholderData: keepPreviousData });
  const { offset, limit } = params;
  const hasNext =
    !query.isPlaceholderData && query.data !== undefined && offset + limit < query.data.total;
  useEffect(() => {
    if (hasNext) void queryClient.prefetchQuery(listOptions({ ...params, offset: offset + limit }));
  }, [hasNext, queryClient, params, offset, limit]);
  return query;
}

/** The query of one question's public view (`GET /api/questions/:id`), for `useQueries` too. */
export function questionQuery(id: string) {
  return {
    queryKey: queryKeys.questions.detail(id),
    queryFn: () => apiFetch(`/api/questions/${encodeURIComponent(id)}`, PublicQuestionSchema),
  };
}

/** `GET /api/questions/:id`: one question's public view. */
export function useQuestion(id: string) {
  return useQuery(questionQuery(id));
}
