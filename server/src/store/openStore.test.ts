import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore } from './openStore';
import { SQLITE_FILE_NAME } from './sqlite/openSqliteAdapter';

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-open-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('openStore', () => {
  it('opens the embedded SQLite file under DATA_DIR when MONGODB_URI is unset', async () => {
    const dataDir = path.join(tempDir(), 'nested', 'data');
    const store = await openStore({ dataDir, mongodbUri: undefined });
    expect(store.description).toBe(`sqlite:${path.join(dataDir, SQLITE_FILE_NAME)}`);
    const user = await store.createUser({
      username: null,
      displayName: 'Kept',
      kind: 'guest',
      passwordHash: null,
    });
    await store.close();
    expect(fs.existsSync(path.join(dataDir, SQLITE_FILE_NAME))).toBe(true);

    const reopened = await openStore({ dataDir, mongodbUri: undefined });
    expect(await reopened.getUser(user.id)).toEqual(user);
    await reopened.close();
  });
});
