import { z } from 'zod';
import {
  ClientOpIdSchema,
  COMPETENCY_IDS,
  EpochMsSchema,
  EVENT_VISIBILITIES,
  EventPayloadSchema,
  EventTypeSchema,
  MAX_EVENT_PAYLOAD_BYTES,
  PARTICIPANT_ROLES,
  QuestionIdSchema,
  SESSION_KINDS,
  SESSION_STATUSES,
  SessionSummarySchema,
  UserIdSchema,
  type EventPayload,
} from '@mockloop/shared';

/** The inputs of the port that are not whole records (those are checked with shared schemas). */

export const NewParticipantSchema = z
  .object({ userId: UserIdSchema, role: z.enum(PARTICIPANT_ROLES) })
  .strict();

export const SessionPatchSchema = z
  .object({
    title: z.string().trim().max(200).optional(),
    status: z.enum(SESSION_STATUSES).optional(),
    deadline: EpochMsSchema.nullable().optional(),
    endedAt: EpochMsSchema.nullable().optional(),
    summary: SessionSummarySchema.nullable().optional(),
  })
  .strict();

export const AuthSessionTouchSchema = z
  .object({ lastSeenAt: EpochMsSchema, expiresAt: EpochMsSchema })
  .strict();

export const NewEventSchema = z
  .object({
    actorId: UserIdSchema.nullable(),
    type: EventTypeSchema,
    payload: EventPayloadSchema,
    visibility: z.enum(EVENT_VISIBILITIES),
    at: EpochMsSchema.optional(),
    clientOpId: ClientOpIdSchema.optional(),
  })
  .strict()
  .refine((event) => event.visibility !== 'author' || event.actorId !== null, {
    message: 'an author-only event needs an actor',
    path: ['actorId'],
  })
  .refine((event) => event.clientOpId === undefined || event.actorId !== null, {
    message: 'an operation id needs an actor',
    path: ['clientOpId'],
  })
  .refine((event) => payloadBytes(event.payload) <= MAX_EVENT_PAYLOAD_BYTES, {
    message: `must be at most ${MAX_EVENT_PAYLOAD_BYTES} bytes`,
    path: ['payload'],
  });

export const SessionQuerySchema = z
  .object({
    kind: z.enum(SESSION_KINDS).optional(),
    status: z.enum(SESSION_STATUSES).optional(),
    from: EpochMsSchema.optional(),
    to: EpochMsSchema.optional(),
    questionId: QuestionIdSchema.optional(),
    competency: z.enum(COMPETENCY_IDS).optional(),
    limit: z.number().int().min(1).max(100).default(20),
    cursor: z.string().max(200).optional(),
  })
  .strict();

export const EventQuerySchema = z
  .object({
    afterSeq: z.number().int().nonnegative().default(0),
    limit: z.number().int().min(1).optional(),
  })
  .strict();

export function payloadBytes(payload: EventPayload): number {
  return payload instanceof Uint8Array
    ? payload.byteLength
    : Buffer.byteLength(JSON.stringify(payload));
}

const CursorSchema = z.object({ c: EpochMsSchema, i: z.string().min(1).max(64) }).strict();

/** Paging cursors are opaque to callers: base64url of the last row's (createdAt, id). */
export function encodeCursor(position: { createdAt: number; id: string }): string {
  return Buffer.from(JSON.stringify({ c: position.createdAt, i: position.id })).toString(
    'base64url',
  );
}

export function decodeCursor(cursor: string): { createdAt: number; id: string } | null {
  try {
    const parsed = CursorSchema.safeParse(
      JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')),
    );
    return parsed.success ? { createdAt: parsed.data.c, id: parsed.data.i } : null;
  } catch {
    return null;
  }
}
