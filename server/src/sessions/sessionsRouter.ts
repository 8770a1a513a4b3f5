import express, { type Router } from 'express';
import { z } from 'zod';
import {
  COMPETENCY_IDS,
  EXPORT_FORMATS,
  QuestionIdSchema,
  SESSION_KINDS,
  SESSION_STATUSES,
  toWireEvent,
  type SessionEventsResponse,
} from '@mockloop/shared';
import { loadVisibleSession, readVisibleEvents } from '../auth/access';
import { currentUser } from '../auth/requestUser';
import { checked, validate } from '../http/validate';
import type { SessionQuery, Store } from '../store/port';
import { buildTranscript } from './review/buildTranscript';
import { exportMarkdown } from './review/exportMarkdown';

/** A time in a query string: epoch milliseconds, or an ISO 8601 date or date-time. */
const TimeQuerySchema = z.union([
  z.coerce.number().int().min(0).max(8_640_000_000_000_000),
  z.iso
    .datetime({ offset: true })
    .or(z.iso.date())
    .transform((iso) => Date.parse(iso)),
]);

const ListQuerySchema = z
  .object({
    kind: z.enum(SESSION_KINDS).optional(),
    status: z.enum(SESSION_STATUSES).optional(),
    /** Created at or after, and before: epoch ms or an ISO date. */
    from: TimeQuerySchema.optional(),
    to: TimeQuerySchema.optional(),
    questionId: QuestionIdSchema.optional(),
    competency: z.enum(COMPETENCY_IDS).optional(),
    limit: z.coerce.number().int().min(1).max(100).optional(),
    cursor: z.string().max(200).optional(),
  })
  .strict();

const IdParamsSchema = z.object({ id: z.string().min(1).max(64) });
const EventsQuerySchema = z
  .object({
    afterSeq: z.coerce.number().int().min(0).optional(),
    limit: z.coerce.number().int().min(1).max(10_000).optional(),
  })
  .strict();
const ExportQuerySchema = z.object({ format: z.enum(EXPORT_FORMATS).default('markdown') }).strict();

/** Reading sessions for review: only the caller's own, and only what they may see of each. */
export function sessionsRouter(store: Store): Router {
  const router = express.Router();

  router.get('/sessions', validate('query', ListQuerySchema), async (_req, res) => {
    const query = checked(res.locals, 'query', ListQuerySchema);
    // Only the filters given: the store's query type has no room for `undefined`.
    const filters = Object.fromEntries(
      Object.entries(query).filter(([, value]) => value !== undefined),
    ) as SessionQuery;
    const page = await store.listUserSessions(currentUser(res).id, filters);
    res.json(page);
  });

  router.get('/sessions/:id', validate('params', IdParamsSchema), async (_req, res) => {
    const { id } = checked(res.locals, 'params', IdParamsSchema);
    res.json({ session: await loadVisibleSession(store, id, currentUser(res)) });
  });

  router.get(
    '/sessions/:id/events',
    validate('params', IdParamsSchema),
    validate('query', EventsQuerySchema),
    async (_req, res) => {
      const { id } = checked(res.locals, 'params', IdParamsSchema);
      const query = checked(res.locals, 'query', EventsQuerySchema);
      // One more than asked tells whether another page follows, without an empty last page.
      const events = await readVisibleEvents(store, id, currentUser(res), {
        ...(query.afterSeq !== undefined ? { afterSeq: query.afterSeq } : {}),
        ...(query.limit !== undefined ? { limit: query.limit + 1 } : {}),
      });
      const page = query.limit !== undefined ? events.slice(0, query.limit) : events;
      const more = page.length < events.length;
      const body: SessionEventsResponse = {
        events: page.map(toWireEvent),
        nextAfterSeq: more ? (page.at(-1)?.seq ?? null) : null,
      };
      res.json(body);
    },
  );

  router.get('/sessions/:id/transcript', validate('params', IdParamsSchema), async (_req, res) => {
    const { id } = checked(res.locals, 'params', IdParamsSchema);
    res.json(await buildTranscript(store, id, currentUser(res)));
  });

  // [AR1]-[AR3] via buildTranscript and readVisibleEvents: an export holds what the viewer sees.
  router.get(
    '/sessions/:id/export',
    validate('params', IdParamsSchema),
    validate('query', ExportQuerySchema),
    async (_req, res) => {
      const { id } = checked(res.locals, 'params', IdParamsSchema);
      const { format } = checked(res.locals, 'query', ExportQuerySchema);
      const viewer = currentUser(res);
      const transcript = await buildTranscript(store, id, viewer);
      const name = `mockloop-session-${id}`;
      if (format === 'markdown') {
        res.attachment(`${name}.md`).type('text/markdown; charset=utf-8');
        res.send(exportMarkdown(transcript));
        return;
      }
      const events = await readVisibleEvents(store, id, viewer);
      res.attachment(`${name}.json`).json({ ...transcript, events: events.map(toWireEvent) });
    },
  );

  return router;
}
