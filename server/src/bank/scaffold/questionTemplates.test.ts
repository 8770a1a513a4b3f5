import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJudge, type Judge } from '../../judge';
import { checkBank } from '../check/checkBank';
import { loadBank } from '../loadBank';
import { entryOf, questionTemplate } from './questionTemplates';

const SERVER_DIR = path.resolve(import.meta.dirname, '../../..');
const run = promisify(execFile);
let judge: Judge;
const temps: string[] = [];

function emptyBank(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-new-'));
  temps.push(dir);
  return dir;
}

function write(bank: string, files: Record<string, string>): void {
  for (const [relative, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(bank, relative)), { recursive: true });
    fs.writeFileSync(path.join(bank, relative), text);
  }
}

beforeAll(() => {
  judge = createJudge({ concurrency: 1 });
});
afterAll(async () => {
  await judge.close();
  for (const dir of temps) fs.rmSync(dir, { recursive: true, force: true });
});

describe('bank:new templates', () => {
  it('names the entry from the id', () => {
    expect(entryOf('two-sum', 'function')).toBe('twoSum');
    expect(entryOf('lru-cache-2', 'class')).toBe('LruCache2');
  });

  it('scaffolds questions of every kind that load', async () => {
    const bank = emptyBank();
    write(bank, questionTemplate('coding', 'new-function'));
    write(bank, questionTemplate('coding', 'new-class', 'class'));
    write(bank, questionTemplate('behavioral', 'new-story'));
    write(bank, questionTemplate('system-design', 'new-system'));
    const loaded = await loadBank(bank);
    expect(loaded.list({}).total).toBe(4);
    expect(loaded.coding('new-class')?.frontMatter.entry).toBe('NewClass');
  });

  it('leaves a coding skeleton whose solution runs and whose gaps bank:check names', async () => {
    const bank = emptyBank();
    write(bank, questionTemplate('coding', 'new-class', 'class'));
    const report = await checkBank(bank, { judge, concurrency: 2 });
    const problems = report.questions[0]?.problems ?? [];
    expect(problems).toContain('needs at least 8 hidden cases');
    expect(problems.some((p) => p.startsWith('reference solution'))).toBe(false);
    expect(problems.some((p) => p.startsWith('starter'))).toBe(false);
    expect(problems.some((p) => p.includes('cases are vacuous'))).toBe(true);
  });

  it('the CLI creates the files and refuses a taken id or a bad kind', async () => {
    const bank = emptyBank();
    const cli = (...args: string[]) =>
      run(process.execPath, ['--import', 'tsx', 'scripts/bankNew.ts', ...args, '--bank', bank], {
        cwd: SERVER_DIR,
      });
    const { stdout } = await cli('system-design', 'my-design');
    expect(stdout).toContain('my-design.md');
    expect(fs.existsSync(path.join(bank, 'system-design/my-design.md'))).toBe(true);
    await expect(cli('behavioral', 'my-design')).rejects.toMatchObject({ code: 2 });
    await expect(cli('puzzle', 'other')).rejects.toMatchObject({ code: 2 });
    await expect(cli('coding', 'Bad_Id')).rejects.toMatchObject({ code: 2 });
  });
});
