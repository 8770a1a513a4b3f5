import { z } from 'zod';
import { COMPETENCY_IDS } from '../competencies';
import { VERDICTS } from '../verdicts';
import { JsonValueSchema, QuestionIdSchema } from './question';
import { EpochMsSchema, UserIdSchema } from './user';

export const SessionKind = { Practice: 'practice', Interview: 'interview' } as const;
export type SessionKind = (typeof SessionKind)[keyof typeof SessionKind];
export const SESSION_KINDS = Object.values(SessionKind) as [SessionKind, ...SessionKind[]];

export const ParticipantRole = { Candidate: 'candidate', Interviewer: 'interviewer' } as const;
export type ParticipantRole = (typeof ParticipantRole)[keyof typeof ParticipantRole];
export const PARTICIPANT_ROLES = Object.values(ParticipantRole) as [
  ParticipantRole,
  ...ParticipantRole[],
];

export const SessionStatus = {
  Active: 'active',
  Completed: 'completed',
  Abandoned: 'abandoned',
} as const;
export type SessionStatus = (typeof SessionStatus)[keyof typeof SessionStatus];
export const SESSION_STATUSES = Object.values(SessionStatus) as [SessionStatus, ...SessionStatus[]];

/** Who may read an event: every participant, the session's interviewer, or its author only. */
export const EventVisibility = {
  Everyone: 'everyone',
  Interviewer: 'interviewer',
  Author: 'author',
} as const;
export type EventVisibility = (typeof EventVisibility)[keyof typeof EventVisibility];
export const EVENT_VISIBILITIES = Object.values(EventVisibility) as [
  EventVisibility,
  ...EventVisibility[],
];

export const SessionIdSchema = z.string().min(1).max(64);

export const ParticipantSchema = z
  .object({
    userId: UserIdSchema,
    role: z.enum(PARTICIPANT_ROLES),
    joinedAt: EpochMsSchema,
    /** True once the person deleted their account; shown as "former participant". */
    former: z.boolean(),
  })
  .strict();
export type Participant = z.infer<typeof ParticipantSchema>;

/**
 * The one participant lookup: `userId`'s entry in `session`, or `undefined`. By default only a
 * current participant counts; pass `{ includeFormer: true }` to find a deleted account's entry
 * too (a former participant still occupies their place, e.g. when adding people).
 */
export function findParticipant<P extends Pick<Participant, 'userId' | 'former'>>(
  session: { participants: readonly P[] },
  userId: string,
  { includeFormer = false }: { includeFormer?: boolean } = {},
): P | undefined {
  return session.participants.find((p) => p.userId === userId && (includeFormer || !p.former));
}

/** A question as it was asked: `contentHash` pins the exact bank version for later review. */
export const SessionQuestionSchema = z
  .object({
    questionId: QuestionIdSchema,
    /** Hex digest of the question's files at the time it was asked. */
    contentHash: z.string().regex(/^[a-f0-9]{8,128}$/, 'must be a lower-case hex digest'),
    /** Copied from the bank so history filters work even after the bank changes. */
    competencies: z.array(z.enum(COMPETENCY_IDS)).max(COMPETENCY_IDS.length),
    askedAt: EpochMsSchema,
    /** When this question's round ends, if timed. */
    deadline: EpochMsSchema.nullable(),
  })
  .strict();
export type SessionQuestion = z.infer<typeof SessionQuestionSchema>;

/** The outcome of a session, written when it ends. */
export const SessionSummarySchema = z
  .object({
    durationMs: z.number().int().nonnegative(),
    questions: z
      .array(
        z
          .object({
            questionId: QuestionIdSchema,
            verdict: z.enum(VERDICTS).nullable(),
            passed: z.number().int().nonnegative(),
            total: z.number().int().nonnegative(),
          })
          .strict(),
      )
      .max(50),
  })
  .strict();
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

/** A scorecard or self-review: a rating per competency (1 = no hire .. 4 = strong hire) and notes. */
export const FeedbackSchema = z
  .object({
    authorId: UserIdSchema,
    createdAt: EpochMsSchema,
    ratings: z.partialRecord(z.enum(COMPETENCY_IDS), z.number().int().min(1).max(4)),
    notes: z.string().max(20_000),
  })
  .strict();
export type Feedback = z.infer<typeof FeedbackSchema>;

export const SessionSchema = z
  .object({
    id: SessionIdSchema,
    kind: z.enum(SESSION_KINDS),
    title: z.string().trim().max(200),
    status: z.enum(SESSION_STATUSES),
    createdBy: UserIdSchema,
    createdAt: EpochMsSchema,
    updatedAt: EpochMsSchema,
    /** When the whole session ends, if timed. */
    deadline: EpochMsSchema.nullable(),
    endedAt: EpochMsSchema.nullable(),
    participants: z.array(ParticipantSchema).min(1).max(20),
    questions: z.array(SessionQuestionSchema).max(50),
    summary: SessionSummarySchema.nullable(),
    feedback: z.array(FeedbackSchema).max(20),
  })
  .strict();
export type Session = z.infer<typeof SessionSchema>;

/** `domain:verb`, e.g. `code:edit`, `chat:message`, `note:add`. */
export const EventTypeSchema = z
  .string()
  .max(64)
  .regex(/^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/, 'must look like domain:verb');

/** Binary payloads (Yjs updates) or JSON; at most 1 MiB either way. */
export const MAX_EVENT_PAYLOAD_BYTES = 1024 * 1024;
export const EventPayloadSchema = z.union([z.instanceof(Uint8Array), JsonValueSchema]);
export type EventPayload = z.infer<typeof EventPayloadSchema>;

/**
 * A client's own id for an operation it sends, so a re-send after a reconnect is stored once:
 * the same session, actor and `clientOpId` give back the event already stored.
 */
export const ClientOpIdSchema = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'must be letters, digits, - or _');

/** One entry of a session's append-only log. `seq` starts at 1 and has no gaps per session. */
export const SessionEventSchema = z
  .object({
    sessionId: SessionIdSchema,
    seq: z.number().int().min(1),
    at: EpochMsSchema,
    /** `null` for events the server itself records (timer expiry, judge verdicts). */
    actorId: UserIdSchema.nullable(),
    type: EventTypeSchema,
    payload: EventPayloadSchema,
    visibility: z.enum(EVENT_VISIBILITIES),
    /** Present when the client named the operation; unique per session and actor. */
    clientOpId: ClientOpIdSchema.optional(),
  })
  .strict();
export type SessionEvent = z.infer<typeof SessionEventSchema>;
