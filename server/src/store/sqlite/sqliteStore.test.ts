import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { describeStoreContract } from '../contract/storeContract';
import { openSqliteAdapter } from './openSqliteAdapter';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-store-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

// A real file per store (not :memory:), so WAL, sync and migrations run as in production.
describeStoreContract('SQLite', () =>
  Promise.resolve(openSqliteAdapter(fs.mkdtempSync(path.join(root, 'db-')))),
);
