import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { describeStoreContract } from '../contract/storeContract';
import { openSqliteAdapter } from './openSqliteAdapter';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-store-'));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

// A real file per store (not :memory:), so WAL, sync and migrations run as in production.
describeStoreContract('SQLite', () => {
  const dir = fs.mkdtempSync(path.join(root, 'db-'));
  return Promise.resolve({
    adapter: openSqliteAdapter(dir),
    // A second connection to the same file, as a second process would open it.
    openSibling: () => Promise.resolve(openSqliteAdapter(dir)),
  });
});
