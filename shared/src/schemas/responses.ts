import { z } from 'zod';
import {
  ClassCaseSchema,
  DIFFICULTIES,
  FunctionCaseSchema,
  LANGUAGES,
  QUESTION_KINDS,
  SectionVisibility,
} from './question';
import { RUN_MODES } from './run';
import { SessionSchema } from './session';
import { WireSessionEventSchema } from './sessionWire';
import { TranscriptKind } from './transcript';
import { VERDICTS } from '../verdicts';
import { DisplayNameSchema, EpochMsSchema, USER_KINDS, UserIdSchema, UsernameSchema } from './user';

// Response bodies as the browser checks them at its boundary. Objects are not `.strict()`: a
// server that adds a field must not break an older client, which simply drops what it does not know.

/** One `## Heading {visibility}` section of a question, as served. */
export const QuestionSectionSchema = z.object({
  heading: z.string(),
  visibility: z.enum(
    Object.values(SectionVisibility) as [SectionVisibility, ...SectionVisibility[]],
  ),
  markdown: z.string(),
});

const questionHead = {
  id: z.string(),
  kind: z.enum(QUESTION_KINDS),
  title: z.string(),
  difficulty: z.enum(DIFFICULTIES),
  tags: z.array(z.string()),
  competencies: z.array(z.string()),
  timeLimitMinutes: z.number(),
  contentHash: z.string(),
};

/** What the public view of a coding question adds: how it is judged and its examples. */
export const PublicCodingDetailsSchema = z.object({
  style: z.enum(['function', 'class']),
  entry: z.string(),
  compare: z.enum(['exact', 'unordered', 'float']),
  cpuTimeLimitMs: z.number(),
  memoryLimitMb: z.number(),
  examples: z.array(z.union([FunctionCaseSchema, ClassCaseSchema])),
  hiddenCount: z.number().int().nonnegative(),
  starters: z.partialRecord(z.enum(LANGUAGES), z.string()),
});

/** Body of `GET /api/questions/:id`: a question's public view (see `PublicQuestion`). */
export const PublicQuestionSchema = z.object({
  ...questionHead,
  prompt: z.string(),
  sections: z.array(QuestionSectionSchema),
  hints: z.array(QuestionSectionSchema),
  /** The team bank the question comes from; absent for the built-in bank. */
  bank: z.string().exactOptional(),
  coding: PublicCodingDetailsSchema.exactOptional(),
});

/** One entry of `GET /api/questions` (see `QuestionSummary`). */
export const QuestionSummarySchema = z.object({
  ...questionHead,
  bank: z.string().exactOptional(),
  hasStarter: z.boolean(),
});

/** Body of `GET /api/questions` (see `QuestionListResponse`). */
export const QuestionListResponseSchema = z.object({
  items: z.array(QuestionSummarySchema),
  /** How many questions match the filters, across all pages. */
  total: z.number().int().nonnegative(),
  offset: z.number().int().nonnegative(),
  limit: z.number().int().positive(),
});

/** The signed-in person as the browser sees them (see `Me`): never a password hash. */
export const MeSchema = z.object({
  id: UserIdSchema,
  username: UsernameSchema.nullable(),
  displayName: DisplayNameSchema,
  kind: z.enum(USER_KINDS),
  createdAt: EpochMsSchema,
});

/** Body of `GET /api/me` and of every sign-in route (see `MeResponse`). */
export const MeResponseSchema = z.object({ user: MeSchema });

/**
 * Body of `GET /api/auth/viewer`: who is looking, `null` for an anonymous visitor. Unlike
 * `GET /api/me` it answers 200 either way, so a first visit logs no failed request.
 */
export const ViewerResponseSchema = z.object({ user: MeSchema.nullable() });
export type ViewerResponse = z.infer<typeof ViewerResponseSchema>;

/** Body of `GET /api/sessions`: a page of the caller's sessions, newest first. */
export const SessionListResponseSchema = z.object({
  sessions: z.array(SessionSchema),
  /** Pass as `cursor` for the next page; `null` on the last one. */
  nextCursor: z.string().nullable(),
});
export type SessionListResponse = z.infer<typeof SessionListResponseSchema>;

/** Body of `GET /api/sessions/:id/transcript` (`Transcript`), as the browser checks it. */
export const TranscriptResponseSchema = z.object({
  session: SessionSchema,
  people: z.array(
    z.object({
      userId: z.string(),
      displayName: z.string(),
      role: z.enum(['candidate', 'interviewer']),
      former: z.boolean(),
    }),
  ),
  entries: z.array(
    z.object({
      seq: z.number(),
      at: z.number(),
      actorId: z.string().nullable(),
      kind: z.enum(Object.values(TranscriptKind) as [TranscriptKind, ...TranscriptKind[]]),
      round: z.number().nullable(),
      summary: z.string(),
      body: z.string().optional(),
      verdict: z.enum(VERDICTS).optional(),
      mode: z.enum(RUN_MODES).optional(),
    }),
  ),
  finalWork: z.array(
    z.object({
      round: z.number(),
      title: z.string(),
      language: z.enum(LANGUAGES).optional(),
      code: z.string().optional(),
      answer: z.string().optional(),
    }),
  ),
});
export type TranscriptResponse = z.infer<typeof TranscriptResponseSchema>;

/**
 * Body of `GET /api/sessions/:id/events` (`afterSeq`, `limit`): one page of the events the caller
 * may see, in log order.
 */
export const SessionEventsResponseSchema = z.object({
  events: z.array(WireSessionEventSchema),
  /** Pass as `afterSeq` for the next page; `null` when this page is the last. */
  nextAfterSeq: z.number().int().nonnegative().nullable(),
});
export type SessionEventsResponse = z.infer<typeof SessionEventsResponseSchema>;
