import { Document, Schema, type Connection, type Model } from 'mongoose';
import {
  COMPETENCY_IDS,
  EVENT_VISIBILITIES,
  PARTICIPANT_ROLES,
  SESSION_KINDS,
  SESSION_STATUSES,
  USER_KINDS,
  VERDICTS,
} from '@mockloop/shared';

/**
 * Documents as MongoDB holds them. Timestamps are BSON dates; ids are our own strings in `_id`.
 * Validation here repeats the shared schemas' shape as a second line of defence: a document
 * written by another tool or an older node is still checked before it lands.
 */

export interface UserDoc {
  _id: string;
  username: string | null;
  /** Lower-cased username; unique among accounts. */
  usernameKey: string | null;
  displayName: string;
  kind: string;
  passwordHash: string | null;
  createdAt: Date;
}

export interface AuthSessionDoc {
  _id: string; // the token hash
  userId: string;
  createdAt: Date;
  expiresAt: Date;
  lastSeenAt: Date;
}

export interface ParticipantDoc {
  userId: string;
  role: string;
  joinedAt: Date;
  former: boolean;
}

export interface QuestionDoc {
  questionId: string;
  contentHash: string;
  competencies: string[];
  askedAt: Date;
  deadline: Date | null;
}

export interface FeedbackDoc {
  authorId: string;
  createdAt: Date;
  ratings: Record<string, number>;
  notes: string;
}

export interface SummaryDoc {
  durationMs: number;
  questions: { questionId: string; verdict: string | null; passed: number; total: number }[];
}

export interface SessionDoc {
  _id: string;
  kind: string;
  title: string;
  status: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
  deadline: Date | null;
  endedAt: Date | null;
  participants: ParticipantDoc[];
  questions: QuestionDoc[];
  summary: SummaryDoc | null;
  feedback: FeedbackDoc[];
}

/** JSON payloads are kept as a JSON string so keys like `$gt` or `a.b` never meet the query language. */
export interface EventDoc {
  sessionId: string;
  seq: number;
  at: Date;
  actorId: string | null;
  type: string;
  visibility: string;
  payloadJson: string | null;
  payloadBin: Buffer | null;
  clientOpId?: string | undefined;
}

const nullableString = { type: String, default: null };
const nullableDate = { type: Date, default: null };
const strict = { strict: 'throw', versionKey: false } as const;

const participantSchema = new Schema<ParticipantDoc>(
  {
    userId: { type: String, required: true },
    role: { type: String, required: true, enum: PARTICIPANT_ROLES },
    joinedAt: { type: Date, required: true },
    former: { type: Boolean, required: true, default: false },
  },
  { _id: false, ...strict },
);

const questionSchema = new Schema<QuestionDoc>(
  {
    questionId: { type: String, required: true, maxlength: 80 },
    contentHash: { type: String, required: true, match: /^[a-f0-9]{8,128}$/ },
    competencies: { type: [{ type: String, enum: COMPETENCY_IDS }], default: [] },
    askedAt: { type: Date, required: true },
    deadline: nullableDate,
  },
  { _id: false, ...strict },
);

const feedbackSchema = new Schema<FeedbackDoc>(
  {
    authorId: { type: String, required: true },
    createdAt: { type: Date, required: true },
    ratings: {
      type: Map,
      of: { type: Number, min: 1, max: 4 },
      validate: {
        validator: (ratings: Map<string, number>) =>
          [...ratings.keys()].every((key) => (COMPETENCY_IDS as readonly string[]).includes(key)),
        message: 'ratings are keyed by competency id',
      },
    },
    notes: { type: String, default: '', maxlength: 20_000 },
  },
  { _id: false, ...strict },
);

const summarySchema = new Schema<SummaryDoc>(
  {
    durationMs: { type: Number, required: true, min: 0 },
    questions: [
      {
        _id: false,
        questionId: { type: String, required: true },
        verdict: { type: String, enum: [...VERDICTS, null], default: null },
        passed: { type: Number, required: true, min: 0 },
        total: { type: Number, required: true, min: 0 },
      },
    ],
  },
  { _id: false, ...strict },
);

export const userSchema = new Schema<UserDoc>(
  {
    _id: { type: String, required: true },
    username: { ...nullableString, maxlength: 32 },
    usernameKey: { ...nullableString, maxlength: 32 },
    displayName: { type: String, required: true, minlength: 1, maxlength: 60 },
    kind: { type: String, required: true, enum: USER_KINDS },
    passwordHash: { ...nullableString, maxlength: 1024 },
    createdAt: { type: Date, required: true },
  },
  strict,
);
// Guests have no username; only real keys must be unique.
userSchema.index(
  { usernameKey: 1 },
  { unique: true, partialFilterExpression: { usernameKey: { $type: 'string' } } },
);

export const authSessionSchema = new Schema<AuthSessionDoc>(
  {
    _id: { type: String, required: true, minlength: 16, maxlength: 128 },
    userId: { type: String, required: true, index: true },
    createdAt: { type: Date, required: true },
    expiresAt: { type: Date, required: true, index: true },
    lastSeenAt: { type: Date, required: true },
  },
  strict,
);

export const sessionSchema = new Schema<SessionDoc>(
  {
    _id: { type: String, required: true },
    kind: { type: String, required: true, enum: SESSION_KINDS },
    title: { type: String, default: '', maxlength: 200 },
    status: { type: String, required: true, enum: SESSION_STATUSES },
    createdBy: { type: String, required: true, index: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    deadline: nullableDate,
    endedAt: nullableDate,
    participants: {
      type: [participantSchema],
      validate: [
        (list: unknown[]) => list.length >= 1 && list.length <= 20,
        '1 to 20 participants',
      ],
    },
    questions: { type: [questionSchema], default: [] },
    summary: { type: summarySchema, default: null },
    feedback: { type: [feedbackSchema], default: [] },
  },
  strict,
);
// A user's history, newest first; the filters narrow within it.
sessionSchema.index({ 'participants.userId': 1, createdAt: -1, _id: -1 });
sessionSchema.index({ 'questions.questionId': 1 });

export const eventSchema = new Schema<EventDoc>(
  {
    sessionId: { type: String, required: true },
    seq: { type: Number, required: true, min: 1, validate: Number.isInteger },
    at: { type: Date, required: true },
    actorId: nullableString,
    type: { type: String, required: true, match: /^[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/ },
    visibility: { type: String, required: true, enum: EVENT_VISIBILITIES },
    payloadJson: {
      type: String,
      default: null,
      validate: {
        validator: function exactlyOnePayload(this: unknown, json: unknown) {
          // Update validators run with a Query as `this`; events are never updated that way.
          if (!(this instanceof Document)) return true;
          return (json === null) !== (this.get('payloadBin') === null);
        },
        message: 'exactly one of payloadJson and payloadBin is set',
      },
    },
    payloadBin: { type: Buffer, default: null },
    clientOpId: { type: String, maxlength: 64, match: /^[A-Za-z0-9_-]+$/ },
  },
  strict,
);
// The log's order and the arbiter of concurrent appends: one event per (session, seq).
eventSchema.index({ sessionId: 1, seq: 1 }, { unique: true });
eventSchema.index({ actorId: 1 });
// A re-sent operation is stored once: one event per (session, actor, clientOpId), when named.
eventSchema.index(
  { sessionId: 1, actorId: 1, clientOpId: 1 },
  { unique: true, partialFilterExpression: { clientOpId: { $type: 'string' } } },
);

export interface MongoModels {
  User: Model<UserDoc>;
  AuthSession: Model<AuthSessionDoc>;
  Session: Model<SessionDoc>;
  Event: Model<EventDoc>;
}

/** Binds the schemas to one connection (never the global mongoose one). */
export function bindModels(connection: Connection): MongoModels {
  return {
    User: connection.model<UserDoc>('User', userSchema, 'users'),
    AuthSession: connection.model<AuthSessionDoc>('AuthSession', authSessionSchema, 'authSessions'),
    Session: connection.model<SessionDoc>('Session', sessionSchema, 'sessions'),
    Event: connection.model<EventDoc>('Event', eventSchema, 'events'),
  };
}
