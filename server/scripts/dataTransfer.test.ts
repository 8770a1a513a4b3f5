import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../src/store/openStore';
import type { DataRecord, Store } from '../src/store/port';

const run = promisify(execFile);
const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-transfer-'));
const sourceDir = path.join(root, 'source');
const targetDir = path.join(root, 'target');
const file = path.join(root, 'export.jsonl');

/** Runs a script exactly as `npm run data:*` does, without the environment's MONGODB_URI. */
async function script(name: string, args: string[]) {
  const env = { ...process.env, MONGODB_URI: '' };
  const scriptPath = path.join(REPO_ROOT, 'server/scripts', name);
  return run(process.execPath, ['--import', 'tsx', scriptPath, ...args], { cwd: REPO_ROOT, env });
}

async function everything(store: Store): Promise<DataRecord[]> {
  const records: DataRecord[] = [];
  for await (const record of store.exportAll()) records.push(record);
  return records;
}

/** Two people, a solo and a shared session, unicode, binary and enough events to page. */
async function seed(store: Store): Promise<void> {
  const account = await store.createUser({
    username: 'Ada',
    displayName: 'Ada Lovelace',
    kind: 'account',
    passwordHash: 'scrypt$16384$8$1$c2FsdA$a2V5',
  });
  const guest = await store.createUser({
    username: null,
    displayName: 'Zoë 李 👩🏽‍💻',
    kind: 'guest',
    passwordHash: null,
  });
  await store.createAuthSession({
    tokenHash: 'c'.repeat(64),
    userId: guest.id,
    createdAt: 1,
    expiresAt: 2,
    lastSeenAt: 1,
  });
  const shared = await store.createSession({
    kind: 'interview',
    title: 'Mock — 設計',
    createdBy: account.id,
    participants: [
      { userId: account.id, role: 'interviewer' },
      { userId: guest.id, role: 'candidate' },
    ],
    questions: [
      {
        questionId: 'lru-cache',
        contentHash: 'deadbeef00',
        competencies: ['problem-solving'],
        askedAt: 5,
        deadline: null,
      },
    ],
  });
  await store.addFeedback(shared.id, {
    authorId: account.id,
    createdAt: 9,
    ratings: { communication: 4 },
    notes: 'Great — 👍',
  });
  await store.appendEvents(
    shared.id,
    Array.from({ length: 1_200 }, (_, n) => ({
      actorId: guest.id,
      type: 'code:yjs',
      payload: Uint8Array.from([n % 256, 0, 255]),
      visibility: 'everyone' as const,
    })),
  );
  await store.appendEvents(shared.id, [
    {
      actorId: account.id,
      type: 'note:add',
      payload: { text: 'ẞ \u0000 "x"' },
      visibility: 'author',
    },
  ]);
  const solo = await store.createSession({
    kind: 'practice',
    createdBy: guest.id,
    participants: [{ userId: guest.id, role: 'candidate' }],
  });
  await store.appendEvents(solo.id, [
    { actorId: null, type: 'timer:expired', payload: null, visibility: 'everyone' },
  ]);
}

describe('npm run data:export / data:import', () => {
  beforeAll(async () => {
    const store = await openStore({ dataDir: sourceDir, mongodbUri: undefined });
    await seed(store);
    await store.close();
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('round-trips SQLite to SQLite: every user, session and event identical', async () => {
    await script('dataExport.ts', ['--data-dir', sourceDir, '--out', file]);
    const lines = fs.readFileSync(file, 'utf8').trim().split('\n');
    expect(JSON.parse(lines[0] ?? '')).toMatchObject({ type: 'header', version: 2 });
    expect(lines.some((line) => line.includes('"payloadKind":"binary","payload":"AAD/"'))).toBe(
      true,
    );

    const { stderr } = await script('dataImport.ts', ['--data-dir', targetDir, '--in', file]);
    expect(stderr).toMatch(/"user":2,"session":2,"event":1202,"authSession":1/);

    const source = await openStore({ dataDir: sourceDir, mongodbUri: undefined });
    const target = await openStore({ dataDir: targetDir, mongodbUri: undefined });
    try {
      const [before, after] = [await everything(source), await everything(target)];
      expect(after).toHaveLength(2 + 2 + 1202 + 1);
      expect(after).toEqual(before);
    } finally {
      await source.close();
      await target.close();
    }
  });

  it('refuses to import into a store that already holds data', async () => {
    const failed = await script('dataImport.ts', ['--data-dir', sourceDir, '--in', file]).then(
      () => null,
      (error: unknown) => error as { code: number; stderr: string },
    );
    expect(failed?.code).toBe(2);
    expect(failed?.stderr).toMatch(/not empty/);
  });
});
