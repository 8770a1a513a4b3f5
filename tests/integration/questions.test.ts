import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublicQuestion, QuestionListResponse } from '@mockloop/shared';
import { REPO_ROOT, startTestServer, type TestServer } from './helpers/startTestServer';

const SMALL_BANK = path.join(REPO_ROOT, 'tests/fixtures/banks/small');

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ QUESTION_BANK_DIR: SMALL_BANK });
});
afterAll(async () => {
  await server.stop();
});

async function list(query: string): Promise<QuestionListResponse> {
  const res = await fetch(`${server.url}/api/questions${query}`);
  expect(res.status).toBe(200);
  return (await res.json()) as QuestionListResponse;
}
const ids = (body: QuestionListResponse) => body.items.map((q) => q.id);

describe('GET /api/questions', () => {
  it('lists every question as a summary, ordered by kind, difficulty and title', async () => {
    const body = await list('');
    expect(body).toMatchObject({ total: 5, offset: 0, limit: 500 });
    expect(ids(body)).toEqual([
      'count-multiples',
      'running-total',
      'mentoring-a-junior',
      'disagree-with-senior',
      'url-shortener',
    ]);
    const first = body.items[0];
    expect(first).toMatchObject({ kind: 'coding', difficulty: 'easy', hasStarter: true });
    expect(first).not.toHaveProperty('prompt');
    expect(first).not.toHaveProperty('coding');
  });

  it('filters by kind, difficulty, tag and competency, combined with AND', async () => {
    expect(ids(await list('?kind=behavioral'))).toEqual([
      'mentoring-a-junior',
      'disagree-with-senior',
    ]);
    expect(ids(await list('?difficulty=hard'))).toEqual(['url-shortener']);
    expect(ids(await list('?tag=async'))).toEqual(['running-total']);
    expect(ids(await list('?competency=data-storage'))).toEqual(['url-shortener']);
    expect(ids(await list('?competency=problem-solving&difficulty=medium'))).toEqual([
      'running-total',
    ]);
    expect(await list('?kind=coding&tag=conflict')).toMatchObject({ items: [], total: 0 });
  });

  it('searches public text with every word required, case-insensitive', async () => {
    expect(ids(await list('?q=REDIRECTS'))).toEqual(['url-shortener']);
    expect(ids(await list('?q=divisible%20integers'))).toEqual(['count-multiples']);
    expect(ids(await list('?q=divisible%20redirects'))).toEqual([]);
  });

  it('never matches a search against interviewer-only text', async () => {
    expect(await list('?q=INTERVIEWER-ONLY-OUTLINE-URL')).toMatchObject({ total: 0 });
    expect(await list('?q=base62')).toMatchObject({ total: 0 });
    expect(await list('?q=hidden-value-case')).toMatchObject({ total: 0 });
  });

  it('pages with offset and limit and reports the total', async () => {
    const page = await list('?offset=1&limit=2');
    expect(page).toMatchObject({ total: 5, offset: 1, limit: 2 });
    expect(ids(page)).toEqual(['running-total', 'mentoring-a-junior']);
    expect(await list('?offset=10')).toMatchObject({ items: [], total: 5 });
  });

  it.each([
    ['?kind=puzzle', 'kind'],
    ['?difficulty=insane', 'difficulty'],
    ['?competency=charisma', 'competency'],
    ['?tag=Not%20A%20Tag', 'tag'],
    ['?limit=0', 'limit'],
    ['?limit=501', 'limit'],
    ['?offset=-1', 'offset'],
    ['?offset=abc', 'offset'],
    ['?kind=coding&kind=behavioral', 'kind'],
    [`?q=${'x'.repeat(201)}`, 'q'],
  ])('answers %s with 400 in the error shape naming %s', async (query, field) => {
    const res = await fetch(`${server.url}/api/questions${query}`);
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toContain(field);
  });
});

describe('GET /api/questions/:id', () => {
  it('returns the public view with prompt, public sections, hints and examples', async () => {
    const res = await fetch(`${server.url}/api/questions/count-multiples`);
    expect(res.status).toBe(200);
    const question = (await res.json()) as PublicQuestion;
    expect(question.prompt).toContain('divisible by `k`');
    expect(question.sections.map((s) => s.heading)).toEqual(['Constraints']);
    expect(question.hints.map((s) => s.heading)).toEqual(['Hint 1', 'Hint 2']);
    expect(question.coding?.examples).toHaveLength(2);
    expect(question.coding?.hiddenCount).toBe(8);
    expect(question.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(question).not.toHaveProperty('interviewerSections');
    expect(question).not.toHaveProperty('hidden');
    expect(question).not.toHaveProperty('solutions');
  });

  it('answers an unknown id with 404 in the error shape', async () => {
    for (const id of ['no-such-question', 'constructor', '__proto__', '..%2F..%2Fetc']) {
      const res = await fetch(`${server.url}/api/questions/${id}`);
      expect(res.status).toBe(404);
      const body = (await res.json()) as { error: { code: string } };
      expect(body.error.code).toBe('not_found');
    }
  });
});

describe('start-up with an invalid bank', () => {
  it('refuses to start, exits 1 and names the file and the field', async () => {
    const bank = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-badbank-'));
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-baddata-'));
    try {
      fs.cpSync(SMALL_BANK, bank, { recursive: true });
      const file = path.join(bank, 'system-design/url-shortener.md');
      fs.writeFileSync(
        file,
        fs.readFileSync(file, 'utf8').replace('difficulty: hard', 'difficulty: 9'),
      );
      const started = promisify(execFile)(
        process.execPath,
        ['--import', 'tsx', 'server/src/index.ts'],
        {
          cwd: REPO_ROOT,
          env: {
            ...process.env,
            PORT: '0',
            HOST: '127.0.0.1',
            DATA_DIR: dataDir,
            QUESTION_BANK_DIR: bank,
            LOG_LEVEL: 'silent',
          },
          timeout: 30_000,
        },
      );
      const failure = await started.then(
        (): { code: number; stderr: string } => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error,
      );
      expect(failure.code).toBe(1);
      expect(failure.stderr).toContain('system-design/url-shortener.md: front matter.difficulty:');
    } finally {
      fs.rmSync(bank, { recursive: true, force: true });
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
