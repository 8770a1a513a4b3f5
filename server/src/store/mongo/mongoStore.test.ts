import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { MongoMemoryServer } from 'mongodb-memory-server-core';
import { describeStoreContract } from '../contract/storeContract';
import { findMongoForTests } from './findMongoForTests';
import { openMongoAdapter } from './openMongoAdapter';

const mongo = findMongoForTests();

if (mongo.kind === 'none') {
  console.info(`MongoDB leg of the store contract skipped: ${mongo.reason}.`);
  describe('store contract: MongoDB', () => {
    it.skip(`skipped: ${mongo.reason}`, () => undefined);
  });
} else {
  let server: MongoMemoryServer | undefined;
  let uri = mongo.kind === 'uri' ? mongo.uri : '';
  beforeAll(async () => {
    if (mongo.kind !== 'binary') return;
    // The system binary only: this must never download MongoDB.
    server = await MongoMemoryServer.create({ binary: { systemBinary: mongo.mongodPath } });
    uri = server.getUri();
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
  });

  describeStoreContract('MongoDB', async () => {
    const dbName = `mockloop_contract_${randomUUID().replaceAll('-', '')}`;
    const options = { dbName, serverSelectionTimeoutMS: 5_000 };
    const adapter = await openMongoAdapter(uri, options);
    const { default: mongoose } = await import('mongoose');
    return {
      adapter: {
        ...adapter,
        // Each store gets its own database; drop it on close so a shared server stays clean.
        async close() {
          const connection = await mongoose.createConnection(uri, { dbName }).asPromise();
          await connection.dropDatabase();
          await connection.close();
          await adapter.close();
        },
      },
      // Its own connection pool on the same database: a second server node.
      openSibling: () => openMongoAdapter(uri, options),
    };
  });
}
