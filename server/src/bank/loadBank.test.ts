import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BankError } from './BankError';
import { loadBank, readBank } from './loadBank';

const SMALL_BANK = path.resolve(import.meta.dirname, '../../../tests/fixtures/banks/small');
const temps: string[] = [];

/** A writable copy of the small fixture bank. */
function copyBank(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-bank-'));
  temps.push(dir);
  fs.cpSync(SMALL_BANK, dir, { recursive: true });
  return dir;
}

function edit(dir: string, file: string, change: (text: string) => string): void {
  const full = path.join(dir, file);
  fs.writeFileSync(full, change(fs.readFileSync(full, 'utf8')));
}

async function loadError(dir: string): Promise<BankError> {
  const error = await loadBank(dir).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof BankError)) throw new Error('expected a BankError');
  return error;
}

afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('loadBank: views', () => {
  it('loads every kind and keeps interviewer sections out of the public view', async () => {
    const bank = await loadBank(SMALL_BANK);
    expect(bank.list({ limit: 100 }).total).toBe(5);

    const pub = bank.publicView('disagree-with-senior');
    expect(pub?.hints.map((h) => h.heading)).toEqual(['Hint: pick a story with a real cost']);
    expect(pub?.sections).toEqual([]);
    expect(JSON.stringify(pub)).not.toContain('INTERVIEWER-ONLY');

    const full = bank.interviewerView('disagree-with-senior');
    expect(full?.interviewerSections.map((s) => s.heading)).toEqual([
      'What a strong answer shows',
      'Follow-ups',
      'Red flags',
    ]);
  });

  it('gives a coding question examples, starters and a hidden count, never hidden cases', async () => {
    const bank = await loadBank(SMALL_BANK);
    const pub = bank.publicView('count-multiples');
    expect(pub?.coding).toMatchObject({
      style: 'function',
      entry: 'countMultiples',
      cpuTimeLimitMs: 500,
      memoryLimitMb: 64,
      hiddenCount: 8,
    });
    expect(pub?.coding?.examples).toHaveLength(2);
    expect(Object.keys(pub?.coding?.starters ?? {}).sort()).toEqual(['javascript', 'typescript']);
    const text = JSON.stringify(pub);
    expect(text).not.toContain('hidden-value-case');
    expect(text).not.toContain('REFERENCE-SOLUTION-COUNT');

    const coding = bank.coding('count-multiples');
    expect(coding?.hidden).toHaveLength(8);
    expect(coding?.solutions.typescript).toContain('REFERENCE-SOLUTION-COUNT');
    expect(coding?.dir).toBe(path.join(SMALL_BANK, 'coding/count-multiples'));
    expect(bank.interviewerView('count-multiples')?.hidden).toHaveLength(8);
    expect(bank.coding('disagree-with-senior')).toBeUndefined();
  });
});

describe('loadBank: content hash', () => {
  it('is stable across loads and distinct per question', async () => {
    const [a, b] = await Promise.all([loadBank(SMALL_BANK), loadBank(SMALL_BANK)]);
    const hash = a.publicView('count-multiples')?.contentHash;
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.publicView('count-multiples')?.contentHash).toBe(hash);
    expect(a.publicView('running-total')?.contentHash).not.toBe(hash);
    expect(a.coding('count-multiples')?.contentHash).toBe(hash);
  });

  it('ignores dotfiles such as .DS_Store', async () => {
    const dir = copyBank();
    const before = (await loadBank(dir)).publicView('count-multiples')?.contentHash;
    fs.writeFileSync(path.join(dir, 'coding/count-multiples/.DS_Store'), 'x');
    expect((await loadBank(dir)).publicView('count-multiples')?.contentHash).toBe(before);
  });

  it('changes when any file of the question changes, hidden cases and fixtures included', async () => {
    const dir = copyBank();
    const before = (await loadBank(dir)).publicView('count-multiples')?.contentHash;
    edit(dir, 'coding/count-multiples/tests.json', (t) =>
      t.replace('"one by one"', '"one and one"'),
    );
    const afterTests = (await loadBank(dir)).publicView('count-multiples')?.contentHash;
    expect(afterTests).not.toBe(before);
    edit(dir, 'coding/count-multiples/fixtures/off-by-one.wrong_answer.js', (t) => `${t}\n`);
    const afterFixture = (await loadBank(dir)).publicView('count-multiples')?.contentHash;
    expect(afterFixture).not.toBe(afterTests);
    const discussion = (await loadBank(dir)).publicView('url-shortener')?.contentHash;
    edit(dir, 'system-design/url-shortener.md', (t) => t.replace('Custom aliases?', 'Aliases?'));
    expect((await loadBank(dir)).publicView('url-shortener')?.contentHash).not.toBe(discussion);
  });
});

describe('loadBank: validation names the file and the field', () => {
  it('rejects a bad front matter value', async () => {
    const dir = copyBank();
    edit(dir, 'coding/count-multiples/question.md', (t) =>
      t.replace('difficulty: easy', 'difficulty: trivial'),
    );
    const error = await loadError(dir);
    expect(error.problems).toEqual([
      expect.objectContaining({
        file: 'coding/count-multiples/question.md',
        field: 'front matter.difficulty',
      }),
    ]);
    expect(error.message).toContain('coding/count-multiples/question.md: front matter.difficulty:');
  });

  it('rejects an unknown competency and an unknown front matter key', async () => {
    const dir = copyBank();
    edit(dir, 'behavioral/mentoring-a-junior.md', (t) =>
      t.replace('competencies: [mentorship]', 'competencies: [charisma]\nauthor: me'),
    );
    const error = await loadError(dir);
    const fields = error.problems.map((p) => `${p.file}: ${p.field}`);
    expect(fields).toContain('behavioral/mentoring-a-junior.md: front matter.competencies.0');
    expect(error.message).toContain('author');
  });

  it('rejects a ## heading without a visibility marker', async () => {
    const dir = copyBank();
    edit(dir, 'system-design/url-shortener.md', (t) =>
      t.replace('## Rubric {interviewer}', '## Rubric'),
    );
    const error = await loadError(dir);
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]?.file).toBe('system-design/url-shortener.md');
    expect(error.problems[0]?.field).toMatch(/^line \d+$/);
  });

  it('rejects an id that differs from its folder or file name, and a kind in the wrong folder', async () => {
    const dir = copyBank();
    edit(dir, 'coding/running-total/question.md', (t) =>
      t.replace('id: running-total', 'id: running-sum'),
    );
    edit(dir, 'behavioral/disagree-with-senior.md', (t) =>
      t.replace('kind: behavioral', 'kind: system-design'),
    );
    const error = await loadError(dir);
    expect(error.problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
      'behavioral/disagree-with-senior.md: front matter.kind',
      'coding/running-total/question.md: front matter.id',
    ]);
  });

  it('rejects a duplicate id across kinds', async () => {
    const dir = copyBank();
    fs.mkdirSync(path.join(dir, 'coding/url-shortener'));
    fs.cpSync(path.join(dir, 'coding/count-multiples'), path.join(dir, 'coding/url-shortener'), {
      recursive: true,
    });
    edit(dir, 'coding/url-shortener/question.md', (t) =>
      t.replace('id: count-multiples', 'id: url-shortener'),
    );
    const error = await loadError(dir);
    expect(error.message).toMatch(/url-shortener.*is also used by/);
  });

  it('checks each case against the schema of the question style', async () => {
    const dir = copyBank();
    edit(dir, 'coding/count-multiples/tests.json', (t) =>
      t.replace('"args": [5, 7]', '"calls": [5, 7]'),
    );
    edit(dir, 'coding/running-total/tests.json', (t) =>
      t.replace('["RunningTotal", 7]', '["Total", 7]'),
    );
    const error = await loadError(dir);
    const fields = error.problems.map((p) => `${p.file}: ${p.field}`);
    expect(fields).toContain('coding/count-multiples/tests.json: hidden.1.args');
    expect(fields).toContain('coding/running-total/tests.json: hidden.0.calls.0.0');
  });

  it('rejects a class case with a result count unlike its call count, and duplicate case names', async () => {
    const dir = copyBank();
    edit(dir, 'coding/running-total/tests.json', (t) =>
      t
        .replace('"expected": [null, [7]]', '"expected": [[7]]')
        .replace('"zero adds"', '"negatives"'),
    );
    const fields = (await loadError(dir)).problems.map((p) => p.field);
    expect(fields).toEqual(['hidden.0.expected', 'hidden.2.name']);
  });

  it('requires a reference solution and rejects unexpected files', async () => {
    const dir = copyBank();
    fs.rmSync(path.join(dir, 'coding/count-multiples/solution.ts'));
    fs.writeFileSync(path.join(dir, 'coding/count-multiples/solutions.ts'), '');
    fs.writeFileSync(path.join(dir, 'coding/count-multiples/fixtures/slow.too_slow.ts'), '');
    const error = await loadError(dir);
    expect(error.problems.map((p) => `${p.file}: ${p.field}`)).toEqual([
      'coding/count-multiples/fixtures/slow.too_slow.ts: file name',
      'coding/count-multiples/solution.ts: file',
      'coding/count-multiples/solutions.ts: file name',
    ]);
  });

  it('reports broken JSON and a missing bank folder', async () => {
    const dir = copyBank();
    fs.writeFileSync(path.join(dir, 'coding/count-multiples/tests.json'), '{ "examples": [');
    expect((await loadError(dir)).problems[0]).toMatchObject({
      file: 'coding/count-multiples/tests.json',
      field: '(root)',
    });
    expect((await loadError(path.join(dir, 'nope'))).problems[0]?.field).toBe('folder');
  });

  it('keeps the valid questions when another one is broken (bank:check goes on checking them)', async () => {
    const dir = copyBank();
    fs.rmSync(path.join(dir, 'coding/count-multiples/question.md'));
    const { questions, problems } = await readBank(dir);
    expect(problems.map((p) => p.file)).toEqual(['coding/count-multiples/question.md']);
    expect(questions.map((q) => q.publicView.id).sort()).toEqual([
      'disagree-with-senior',
      'mentoring-a-junior',
      'running-total',
      'url-shortener',
    ]);
  });
});
