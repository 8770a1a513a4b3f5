import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BankError } from './BankError';
import { loadBank } from './loadBank';

const SMALL_BANK = path.resolve(import.meta.dirname, '../../../tests/fixtures/banks/small');
const temps: string[] = [];

/** A team bank folder named `name` holding copies of the small bank's `files`. */
function teamBank(name: string, files: string[]): string {
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-team-'));
  temps.push(parent);
  const dir = path.join(parent, name);
  for (const file of files) {
    fs.cpSync(path.join(SMALL_BANK, file), path.join(dir, file), { recursive: true });
  }
  return dir;
}

/** Copies `file` into `dir` under the id `id`, front matter included. */
function renameQuestion(dir: string, kind: string, from: string, id: string): void {
  const source = path.join(dir, kind, `${from}.md`);
  const text = fs.readFileSync(source, 'utf8').replace(`id: ${from}`, `id: ${id}`);
  fs.rmSync(source);
  fs.writeFileSync(path.join(dir, kind, `${id}.md`), text);
}

afterEach(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('team banks (QUESTION_BANK_DIRS)', () => {
  it('loads a team bank beside the built-in one and names it on each of its questions', async () => {
    const acme = teamBank('acme-questions', ['behavioral/disagree-with-senior.md']);
    renameQuestion(acme, 'behavioral', 'disagree-with-senior', 'acme-on-call-story');

    const bank = await loadBank(SMALL_BANK, [acme]);

    expect(bank.list({ limit: 100 }).total).toBe(6);
    expect(bank.publicView('acme-on-call-story')?.bank).toBe('acme-questions');
    expect(bank.interviewerView('acme-on-call-story')?.bank).toBe('acme-questions');
    expect(bank.list({ q: 'acme-on-call-story' }).items[0]?.bank).toBe('acme-questions');
    expect(bank.publicView('disagree-with-senior')?.bank).toBeUndefined();
  });

  it('refuses an id used by two banks with one error naming both files', async () => {
    const acme = teamBank('acme-questions', ['coding/count-multiples']);

    const error = await loadBank(SMALL_BANK, [acme]).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(BankError);
    expect((error as BankError).problems).toEqual([
      {
        file: 'acme-questions/coding/count-multiples/question.md',
        field: 'front matter.id',
        message: '"count-multiples" is also used by coding/count-multiples/question.md',
      },
    ]);
  });

  it("names the team bank in each problem of an invalid team bank's files", async () => {
    const acme = teamBank('acme-questions', ['system-design/url-shortener.md']);
    renameQuestion(acme, 'system-design', 'url-shortener', 'acme-ledger');
    const file = path.join(acme, 'system-design/acme-ledger.md');
    fs.writeFileSync(
      file,
      fs.readFileSync(file, 'utf8').replace(/difficulty: \w+/, 'difficulty: epic'),
    );

    const error = (await loadBank(SMALL_BANK, [acme]).catch((e: unknown) => e)) as BankError;

    expect(error.message).toContain(
      'acme-questions/system-design/acme-ledger.md: front matter.difficulty',
    );
  });
});
