import fs from 'node:fs';
import path from 'node:path';

export type MongoForTests =
  | { kind: 'uri'; uri: string }
  | { kind: 'binary'; mongodPath: string }
  | { kind: 'none'; reason: string };

/** Where the MongoDB leg of the contract suite can run: `MONGODB_URI`, a `mongod` on PATH, or nowhere. */
export function findMongoForTests(env: NodeJS.ProcessEnv = process.env): MongoForTests {
  if (env.MONGODB_URI) return { kind: 'uri', uri: env.MONGODB_URI };
  for (const dir of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
    const candidate = path.join(dir, 'mongod');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return { kind: 'binary', mongodPath: candidate };
    } catch {
      // not here; keep looking
    }
  }
  return { kind: 'none', reason: 'MONGODB_URI is not set and no mongod binary is on the PATH' };
}
