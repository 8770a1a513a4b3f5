import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BANK = path.join(ROOT, 'tests/fixtures/judge/bank');

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

function judgeCli(args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--no-node-snapshot', '--import', 'tsx', 'server/scripts/judge.ts', ...args],
      { cwd: ROOT, env: { ...process.env, QUESTION_BANK_DIR: BANK } },
      (error, stdout, stderr) => {
        resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
      },
    );
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mockloop-cli-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function submission(name: string, code: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, code);
  return file;
}

describe('npm run judge (the judge CLI)', () => {
  it('prints the architecture JSON shape and exits 0 whatever the verdict', async () => {
    const file = submission(
      'wrong.ts',
      'export function addLatencies(a: number, b: number) { return a - b; }',
    );
    const run = await judgeCli(['--question', 'add-latencies', '--file', file]);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['verdict', 'passed', 'total', 'tests']);
    expect(out).toMatchObject({ verdict: 'wrong_answer', passed: 0, total: 4 });
    const tests = out.tests as Array<Record<string, unknown>>;
    expect(Object.keys(tests[0] ?? {})).toEqual(['name', 'hidden', 'verdict', 'timeMs']);
    expect(tests.map((t) => t.hidden)).toEqual([false, false, true, true]);

    const ok = submission('ok.js', 'function addLatencies(a, b) { return a + b; }');
    const good = await judgeCli([
      '--question',
      'add-latencies',
      '--file',
      ok,
      '--mode',
      'run',
      '--bank',
      BANK,
    ]);
    expect(JSON.parse(good.stdout)).toMatchObject({ verdict: 'accepted', passed: 2, total: 2 });
  });

  it('exits 2 with a one-line reason for an unknown question, an unreadable file or bad flags', async () => {
    const file = submission('x.js', 'function addLatencies() {}');
    const runs = await Promise.all([
      judgeCli(['--question', 'no-such-question', '--file', file]),
      judgeCli(['--question', 'add-latencies', '--file', '/nonexistent/solution.js']),
      judgeCli(['--question', 'add-latencies', '--file', file, '--mode', 'fast']),
      judgeCli(['--question', 'add-latencies', '--file', file.replace('.js', '.py')]),
      judgeCli(['--file', file]),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr.trim().split('\n')).toHaveLength(1);
    }
    expect(runs[0]?.stderr).toMatch(/unknown coding question "no-such-question"/);
    expect(runs[1]?.stderr).toMatch(/cannot read/);
  });
});
