import mongoose from 'mongoose';
import type { StoreAdapter } from '../adapter';
import type { DataRecord } from '../port';
import { authSessionFromDoc, eventFromDoc, sessionFromDoc, userFromDoc } from './mongoMapping';
import {
  bindModels,
  type AuthSessionDoc,
  type EventDoc,
  type MongoModels,
  type SessionDoc,
  type UserDoc,
} from './mongoModels';
import { mongoEvents } from './mongoEvents';
import { mongoSessions } from './mongoSessions';
import { mongoUsers } from './mongoUsers';

export interface MongoAdapterOptions {
  /** Overrides the database named in the URI (tests use one database per store). */
  dbName?: string;
  serverSelectionTimeoutMS?: number;
}

/** `mongodb://user:secret@host/db` → `mongodb://***@host/db`, for logs. */
export function redactMongoUri(uri: string): string {
  return uri.replace(/^(mongodb(?:\+srv)?:\/\/)[^@/]*@/, '$1***@');
}

/**
 * Connects its own Mongoose connection (never the global one), builds the indexes the reads and
 * the append protocol need, and returns the adapter.
 */
export async function openMongoAdapter(
  uri: string,
  options: MongoAdapterOptions = {},
): Promise<StoreAdapter> {
  const connection = await mongoose
    .createConnection(uri, {
      autoIndex: false,
      serverSelectionTimeoutMS: options.serverSelectionTimeoutMS ?? 10_000,
      ...(options.dbName ? { dbName: options.dbName } : {}),
    })
    .asPromise();
  const models = bindModels(connection);
  try {
    await Promise.all(
      Object.values(models).map((model: mongoose.Model<unknown>) => model.createIndexes()),
    );
  } catch (error) {
    await connection.close();
    throw error;
  }
  return {
    description: `mongodb:${redactMongoUri(uri)}`,
    ...mongoUsers(models),
    ...mongoSessions(models),
    ...mongoEvents(models),
    exportAll: () => exportAll(models),
    async isEmpty() {
      const counts = await Promise.all([
        models.User.estimatedDocumentCount(),
        models.Session.estimatedDocumentCount(),
        models.AuthSession.estimatedDocumentCount(),
      ]);
      return counts.every((count) => count === 0);
    },
    async close() {
      await connection.close();
    },
  };
}

async function* exportAll({
  User,
  Session,
  Event,
  AuthSession,
}: MongoModels): AsyncGenerator<DataRecord> {
  for await (const doc of User.find().sort({ _id: 1 }).lean<UserDoc>().cursor()) {
    yield { type: 'user', user: userFromDoc(doc) };
  }
  for await (const doc of Session.find().sort({ _id: 1 }).lean<SessionDoc>().cursor()) {
    const session = sessionFromDoc(doc);
    yield { type: 'session', session };
    const events = Event.find({ sessionId: session.id }, { _id: 0 })
      .sort({ seq: 1 })
      .lean<EventDoc>();
    for await (const event of events.cursor()) {
      yield { type: 'event', event: eventFromDoc(event) };
    }
  }
  for await (const doc of AuthSession.find().sort({ _id: 1 }).lean<AuthSessionDoc>().cursor()) {
    yield { type: 'authSession', authSession: authSessionFromDoc(doc) };
  }
}
