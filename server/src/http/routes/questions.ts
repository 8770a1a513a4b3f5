import { Router } from 'express';
import { QuestionListQuerySchema, type QuestionListResponse } from '@mockloop/shared';
import type { QuestionBank } from '../../bank/types';
import { notFound } from '../AppError';
import { checked, validate } from '../validate';

/** `GET /questions` (filtered, paged summaries) and `GET /questions/:id`: public views only. */
export function questionsRouter(bank: QuestionBank): Router {
  const router = Router();

  router.get('/questions', validate('query', QuestionListQuerySchema), (_req, res) => {
    const query = checked(res.locals, 'query', QuestionListQuerySchema);
    const { offset, limit } = query;
    const { items, total } = bank.list({
      ...(query.kind ? { kind: query.kind } : {}),
      ...(query.difficulty ? { difficulty: query.difficulty } : {}),
      ...(query.tag ? { tag: query.tag } : {}),
      ...(query.competency ? { competency: query.competency } : {}),
      ...(query.q ? { q: query.q } : {}),
      offset,
      limit,
    });
    const body: QuestionListResponse = { items, total, offset, limit };
    res.json(body);
  });

  router.get('/questions/:id', (req, res, next) => {
    const question = bank.publicView(req.params.id);
    if (!question) {
      next(notFound(`No question "${req.params.id.slice(0, 80)}".`));
      return;
    }
    res.json(question);
  });

  return router;
}
